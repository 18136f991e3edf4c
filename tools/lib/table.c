/* table.c — plain-text tables (see table.h).
 *
 * Columns are found from the cells themselves, not from a fixed grid:
 * figures are usually right-aligned under a left-aligned or centred
 * heading, so cells of one column overlap without starting at the same
 * place.  Positions are counted in characters, not bytes, because the
 * alignment the reader saw was in characters. */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/lines.h"
#include "frus/table.h"

typedef struct {
	size_t off, len;      /* bytes, in the whole table text */
	size_t cs, ce;        /* characters, in the line */
	size_t line;
} span;

static int
is_cont(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

int
frus_table_gapped(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && s[i] == ' ')
		i++;
	for (; i + 1 < n; i++)
		if (s[i] == '\t' || (s[i] == ' ' && s[i + 1] == ' '))
			return 1;
	return 0;
}

/* Cells of one line (bytes s[b..e) of the text) appended to *v. */
static void
split_line(const char *s, size_t b, size_t e, size_t line, span **v, size_t *nv, size_t *cap)
{
	size_t i = b, ch = 0;
	while (i < e) {
		/* skip a separator */
		while (i < e && (s[i] == ' ' || s[i] == '\t')) {
			i++;
			ch++;
		}
		if (i >= e)
			break;
		size_t cb = i, cc = ch;
		while (i < e) {
			if (s[i] == '\t')
				break;
			if (s[i] == ' ' && i + 1 < e && s[i + 1] == ' ')
				break;
			if (s[i] == ' ' && i + 1 == e)
				break;
			if (!is_cont((unsigned char)s[i]))
				ch++;
			i++;
		}
		size_t ce = i;
		while (ce > cb && s[ce - 1] == ' ')     /* "a \tb" */
			ce--;
		if (*nv == *cap)
			*v = frus_xrealloc(*v, (*cap = *cap ? *cap * 2 : 32) * sizeof **v);
		(*v)[(*nv)++] = (span){ cb, ce - cb, cc, ch, line };
	}
}

static int
cmp_start(const void *a, const void *b)
{
	const span *x = a, *y = b;
	return x->cs < y->cs ? -1 : x->cs > y->cs;
}

static int
is_num(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	if ((n == 1 && s[0] == '-') || (n == 3 && (memcmp(s, "\xE2\x80\x94", 3) == 0 ||
	                                           memcmp(s, "\xE2\x80\x93", 3) == 0)))
		return 1;                   /* a dash standing for nil */
	size_t i = 0, digits = 0;
	if (s[i] == '$' || s[i] == '(' || s[i] == '-' || s[i] == '+')
		i++;
	for (; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (!((s[i] == ',' || s[i] == '.') && digits))
			break;
	}
	if (i < n && (s[i] == '%' || s[i] == ')'))
		i++;
	return digits > 0 && i == n;
}

/* Tab-separated lines, as a browser copies a table: the n-th field of a
 * line is column n, empty fields included ("\tMr. Matthews." continues
 * the second column); one line is a table too. */
static int
parse_tabs(const char *s, size_t n, frus_table *t)
{
	size_t nrows = 1, ncols = 0, k = 1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\t')
			k++;
		if (s[i] == '\n' || i + 1 == n) {
			if (k > ncols)
				ncols = k;
			if (s[i] == '\n') {
				nrows++;
				k = 1;
			}
		}
	}
	if (ncols < 2)
		return 0;
	t->nrows = nrows;
	t->ncols = ncols;
	t->cells = frus_xmalloc(nrows * ncols * sizeof *t->cells);
	memset(t->cells, 0, nrows * ncols * sizeof *t->cells);
	t->page = frus_xmalloc(nrows);
	memset(t->page, 0, nrows);
	size_t r = 0, c = 0, b = 0, rb = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && s[i] != '\t' && s[i] != '\n')
			continue;
		size_t cb = b, ce = i;
		while (cb < ce && s[cb] == ' ')
			cb++;
		while (ce > cb && s[ce - 1] == ' ')
			ce--;
		t->cells[r * ncols + c] = (frus_cell){ cb, ce - cb, is_num(s + cb, ce - cb) };
		if (i == n || s[i] == '\n') {
			size_t pl, nl;
			const char *pn, *pg = frus_find_page(s + rb, i - rb, &pl, &pn, &nl);
			t->page[r] = c == 0 && pg == s + rb && pl == i - rb;
			rb = i + 1;
		}
		if (i < n && s[i] == '\n') {
			r++;
			c = 0;
		} else {
			c++;
		}
		b = i + 1;
	}
	int first_num = 0, later_num = 0;
	for (size_t y = 0; y < nrows; y++)
		for (size_t x = 0; x < ncols; x++)
			if (t->cells[y * ncols + x].num)
				*(y ? &later_num : &first_num) = 1;
	t->header = !first_num && later_num && !t->page[0];
	return 1;
}

int
frus_table_parse(const char *s, size_t n, frus_table *t)
{
	memset(t, 0, sizeof *t);
	int tabs = memchr(s, '\t', n) != NULL;
	if (tabs)
		return parse_tabs(s, n, t);
	span *v = NULL;
	size_t nv = 0, cap = 0, nlines = 0;
	for (size_t b = 0; b <= n;) {
		const char *nl = memchr(s + b, '\n', n - b);
		size_t e = nl ? (size_t)(nl - s) : n;
		if (!frus_table_gapped(s + b, e - b))
			goto no;            /* every line must show its columns */
		split_line(s, b, e, nlines++, &v, &nv, &cap);
		if (!nl)
			break;
		b = e + 1;
	}
	if (nlines < 2)
		goto no;

	/* Columns: cells whose extents overlap. */
	size_t *col = frus_xmalloc(nv * sizeof *col);
	size_t ncols = 0;
	{
		span *sorted = frus_xmalloc(nv * sizeof *sorted);
		memcpy(sorted, v, nv * sizeof *v);
		qsort(sorted, nv, sizeof *sorted, cmp_start);
		size_t *ends = frus_xmalloc(nv * sizeof *ends), *starts = frus_xmalloc(nv * sizeof *starts);
		for (size_t i = 0; i < nv; i++) {
			if (ncols && sorted[i].cs < ends[ncols - 1]) {
				if (sorted[i].ce > ends[ncols - 1])
					ends[ncols - 1] = sorted[i].ce;
			} else {
				starts[ncols] = sorted[i].cs;
				ends[ncols++] = sorted[i].ce;
			}
		}
		for (size_t i = 0; i < nv; i++)
			for (size_t k = 0; k < ncols; k++)
				if (v[i].cs >= starts[k] && v[i].cs < ends[k])
					col[i] = k;
		free(sorted);
		free(ends);
		free(starts);
	}
	if (ncols < 2)
		goto no_col;
	t->nrows = nlines;
	t->ncols = ncols;
	t->cells = frus_xmalloc(nlines * ncols * sizeof *t->cells);
	memset(t->cells, 0, nlines * ncols * sizeof *t->cells);
	for (size_t i = 0; i < nv; i++) {
		frus_cell *c = &t->cells[v[i].line * ncols + col[i]];
		if (c->len)                 /* two cells of a line in one column */
			goto no_table;
		*c = (frus_cell){ v[i].off, v[i].len, is_num(s + v[i].off, v[i].len) };
	}
	/* each line must fill at least two columns */
	for (size_t r = 0; r < nlines; r++) {
		size_t filled = 0;
		for (size_t k = 0; k < ncols; k++)
			filled += t->cells[r * ncols + k].len > 0;
		if (filled < 2)
			goto no_table;
	}
	/* A first row of words over rows with figures is a header. */
	int first_num = 0, later_num = 0;
	for (size_t r = 0; r < nlines; r++)
		for (size_t k = 0; k < ncols; k++)
			if (t->cells[r * ncols + k].num)
				*(r ? &later_num : &first_num) = 1;
	t->header = !first_num && later_num;
	free(col);
	free(v);
	return 1;
no_table:
	frus_table_free(t);
no_col:
	free(col);
no:
	free(v);
	memset(t, 0, sizeof *t);
	return 0;
}

void
frus_table_free(frus_table *t)
{
	free(t->cells);
	free(t->page);
	memset(t, 0, sizeof *t);
}

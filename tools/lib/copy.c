/* copy.c — what a way of copying changed, put back (see copy.h).
 *
 * Hard wrapping is recognised by what it leaves: every wrapped line is as
 * long as it can be, so the next line's first word would not have fitted
 * in the width; the continuation is indented as the wrapped text was (a
 * list item's or a footnote's text, "  • " or "  1. "), as its first line
 * was (fmt), or not at all (fold); and the continuation is no block start
 * of its own (a bullet, "[Page N]" alone, a label).  The width is the longest line's;
 * a text is taken as wrapped only when two breaks or more show all this. */
#include <stdlib.h>
#include <string.h>
#include "frus/copy.h"
#include "frus/err.h"
#include "frus/lines.h"
#include "frus/shapes.h"

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
is_nbsp(const char *s, size_t n)
{
	return n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0;
}

/* U+00A0 in indentation, and between a leading bullet or "N." and the
 * text, to spaces: HTML copies carry them, the text never does. */
static void
nbsp_to_spaces(frus_text *t)
{
	if (!strstr(t->buf, "\xC2\xA0"))
		return;
	char *d = t->buf;
	const char *p = t->buf, *end = t->buf + t->len;
	while (p < end) {
		/* the indentation */
		for (;;) {
			if (p < end && *p == ' ')
				*d++ = *p++;
			else if (is_nbsp(p, (size_t)(end - p))) {
				*d++ = ' ';
				p += 2;
			} else
				break;
		}
		/* a bullet or a mark, then its space */
		const char *q = p;
		static const char *const marks[] = { "\xE2\x80\xA2", "*", "-", "\xC2\xB7", NULL };
		for (int k = 0; marks[k]; k++)
			if ((size_t)(end - q) >= strlen(marks[k]) && memcmp(q, marks[k], strlen(marks[k])) == 0) {
				q += strlen(marks[k]);
				break;
			}
		if (q == p) {
			while (q < end && q - p < 6 && isdig((unsigned char)*q))
				q++;
			if (q == p && q < end && *q >= 'a' && *q <= 'z')
				q++;
			q = (q > p && q < end && *q == '.') ? q + 1 : p;
		}
		if (q > p && is_nbsp(q, (size_t)(end - q))) {
			memmove(d, p, (size_t)(q - p));
			d += q - p;
			*d++ = ' ';
			p = q + 2;
		}
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl + 1 : end;
		memmove(d, p, (size_t)(e - p));
		d += e - p;
		p = e;
	}
	*d = '\0';
	t->len = (size_t)(d - t->buf);
}

typedef struct {
	const char *s;       /* the physical line, indentation included */
	size_t len;          /* bytes, without the newline and trailing blanks */
	size_t chars;        /* characters */
	size_t ind;          /* leading spaces */
	size_t hang;         /* the indentation its continuations get */
	size_t lead;         /* the indentation of the logical line's first line */
	size_t word;         /* characters of its first word (after ind) */
	size_t wordbytes;
} phys;

static size_t
nchars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/* "  • text" hangs at 4, "  12. text" at 6, "    text" at 4, "text" at 0:
 * the lead a wrapped line's continuations are indented by. */
static size_t
hang_of(const char *s, size_t n, size_t ind)
{
	size_t b = frus_bullet_len(s + ind, n - ind), t;
	if (b)
		return ind + nchars(s + ind, b);
	if (frus_mark_line(s + ind, n - ind, &t) && t < n - ind)
		return ind + nchars(s + ind, t);
	return ind;
}

/* Lines that start a block whatever precedes them. */
static int
block_start(const phys *p, const phys *prev)
{
	const char *s = p->s + p->ind;
	size_t n = p->len - p->ind, t;
	if (frus_bullet_len(s, n))
		return 1;
	frus_line l = { s, n, 0, 0, p->ind, 0 };
	if (frus_line_is_page(&l))
		return 1;
	/* "(a)", "1." alone (a label), or "2. text" after a finished sentence */
	if (frus_shape_label(s, n))
		return 1;
	if (frus_mark_line(s, n, &t)) {
		char last = prev->len ? prev->s[prev->len - 1] : '.';
		if (t == n || strchr(".:;!?)\"", last) || (unsigned char)last >= 0x80)
			return 1;
	}
	return 0;
}

/* Two rows of a table each hold tabs: never one wrapped line. */
static int
rows(const phys *a, const phys *b)
{
	return memchr(a->s, '\t', a->len) && memchr(b->s, '\t', b->len);
}

/* The next word would not have fitted: in characters (an e-mail client)
 * or in bytes (fold, which counts "ó" twice). */
static int
full(const phys *a, const phys *b, size_t width, size_t wbytes)
{
	return (a->chars <= width && a->chars + 1 + b->word > width) ||
	       (a->len <= wbytes && a->len + 1 + b->wordbytes > wbytes);
}

static int
joinable(const phys *a, const phys *b, size_t width, size_t wbytes)
{
	/* wrapped under the text ("  • text" continued at 4), as fmt does
	 * (at the first line's indentation), or at the margin (fold) */
	int indent = b->ind == a->hang || b->ind == a->lead || b->ind == 0;
	return a->len > 0 && b->len > b->ind && indent && full(a, b, width, wbytes) &&
	       !block_start(b, a) && !rows(a, b);
}

/* The longest line in bytes: a copy with lines far longer than any mail
 * client wraps at was not wrapped. */
static size_t
longest_line(const char *s, size_t n)
{
	size_t best = 0;
	for (const char *p = s, *end = s + n; p < end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		if ((size_t)(e - p) > best)
			best = (size_t)(e - p);
		p = e + 1;
	}
	return best;
}

size_t
frus_copy_normalise(frus_text *t)
{
	nbsp_to_spaces(t);
	if (longest_line(t->buf, t->len) > 600)
		return 0;
	size_t np = 0, cap = 64;
	phys *ps = frus_xmalloc(cap * sizeof *ps);
	for (const char *p = t->buf, *end = t->buf + t->len; p <= end;) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p), ind = 0, w;
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		while (ind < len && p[ind] == ' ')
			ind++;
		for (w = ind; w < len && p[w] != ' '; w++)
			;
		if (np == cap)
			ps = frus_xrealloc(ps, (cap *= 2) * sizeof *ps);
		ps[np++] = (phys){ p, len, nchars(p, len), ind, 0, 0, nchars(p + ind, w - ind), w - ind };
		if (!nl)
			break;
		p = nl + 1;
	}
	size_t width = 0, wbytes = 0;
	for (size_t i = 0; i < np; i++) {
		if (ps[i].chars > width)
			width = ps[i].chars;
		if (ps[i].len > wbytes)
			wbytes = ps[i].len;
	}
	size_t found = 0;
	unsigned char *join = frus_xmalloc(np + 1);
	memset(join, 0, np + 1);
	for (size_t i = 0; i < np; i++) {
		/* a continuation hangs as the line it continues */
		int cont = i > 0 && join[i - 1];
		ps[i].hang = cont ? ps[i - 1].hang : hang_of(ps[i].s, ps[i].len, ps[i].ind);
		ps[i].lead = cont ? ps[i - 1].lead : ps[i].ind;
		join[i] = width >= 30 && i + 1 < np && joinable(&ps[i], &ps[i + 1], width, wbytes);
		found += join[i];
	}
	if (found < 2 && !(found == 1 && width <= 100))
		found = 0;
	if (!found) {
		free(join);
		free(ps);
		return 0;
	}
	/* rebuild: a joined break becomes one space, the hang goes */
	char *buf = frus_xmalloc(t->len + 1), *d = buf;
	t->joins = frus_xmalloc(found * sizeof *t->joins);
	t->join_col = frus_xmalloc(found * sizeof *t->join_col);
	t->njoins = 0;
	for (size_t i = 0; i < np; i++) {
		const char *s = ps[i].s;
		size_t len = ps[i].len;
		if (i > 0 && join[i - 1]) {
			s += ps[i].ind;
			len -= ps[i].ind;
		}
		memcpy(d, s, len);
		d += len;
		if (i + 1 == np)
			break;
		if (join[i]) {
			t->joins[t->njoins] = (size_t)(d - buf);
			t->join_col[t->njoins++] = (long)ps[i + 1].ind + 1;
			*d++ = ' ';
		} else {
			*d++ = '\n';
		}
	}
	*d = '\0';
	free(t->buf);
	t->buf = buf;
	t->len = (size_t)(d - buf);
	t->wrap = (int)width;
	free(join);
	free(ps);
	return t->njoins;
}

/* footnotes.c — the footnote list at the end of a text (see footnotes.h).
 *
 * With the page's indentation kept, the list is the tail of the text made
 * of "  N. text" lines (indented two), their continuation paragraphs
 * (indented four) and blank lines.  Without any indentation (a copy that
 * stripped it) every "N. text" line near the end may start the list; each
 * start is tried, and the one whose notes the text before it marks best
 * (placed minus unplaced markers, notes.c) wins, the later on a tie. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/footnotes.h"
#include "frus/notes.h"

/* How many "N. text" starts of a stripped copy are tried. */
#define FLAT_TRIES 64

static void
add_note(frus_footnotes *d, size_t *cap, const frus_line *l, size_t marklen, size_t text)
{
	if (d->nnotes == *cap)
		d->notes = frus_xrealloc(d->notes, (*cap = *cap ? *cap * 2 : 16) * sizeof *d->notes);
	frus_footnote *f = &d->notes[d->nnotes++];
	f->n = frus_xstrndup(l->s, marklen);
	f->line = l->no;
	f->npara = 1;
	f->paras = frus_xmalloc(sizeof *f->paras);
	f->paras[0] = (frus_span){ l->s + text, l->len - text, l->off + text, l->no };
}

static void
add_para(frus_footnotes *d, const frus_line *l)
{
	frus_footnote *f = &d->notes[d->nnotes - 1];
	f->paras = frus_xrealloc(f->paras, (f->npara + 1) * sizeof *f->paras);
	f->paras[f->npara++] = (frus_span){ l->s, l->len, l->off, l->no };
}

void
frus_footnotes_free(frus_footnote *notes, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(notes[i].n);
		free(notes[i].paras);
	}
	free(notes);
}

static void
free_notes(frus_footnotes *d)
{
	frus_footnotes_free(d->notes, d->nnotes);
	d->notes = NULL;
	d->nnotes = 0;
}

/* Does mark b follow mark a in a list ("4" after "3", "c" after "b"; a
 * repeated number too)? */
static int
follows(const char *a, const char *b)
{
	char *e1, *e2;
	unsigned long x = strtoul(a, &e1, 10), y = strtoul(b, &e2, 10);
	if (*a && *b && !*e1 && !*e2)
		return y == x + 1 || y == x;
	return strlen(a) == 1 && strlen(b) == 1 && b[0] == a[0] + 1;
}

/* The page's form: "  N. text", continuations indented four. */
static size_t
indented_list(frus_footnotes *d, const frus_line *ls, size_t from, size_t n, int *rc)
{
	size_t tail = n, t;
	while (tail > from) {
		const frus_line *l = &ls[tail - 1];
		if (!(frus_line_blank(l) || (l->ind == 2 && frus_mark_line(l->s, l->len, &t)) ||
		      (l->ind >= 4 && !l->bullet)))
			break;
		tail--;
	}
	size_t start = n, cap = 0;
	for (size_t k = tail; k < n; k++)
		if (ls[k].ind == 2 && frus_mark_line(ls[k].s, ls[k].len, &t)) {
			start = k;
			break;
		}
	for (size_t k = start; k < n; k++) {
		const frus_line *l = &ls[k];
		size_t m;
		if (frus_line_blank(l))
			continue;
		if (l->ind == 2 && (m = frus_mark_line(l->s, l->len, &t))) {
			add_note(d, &cap, l, m, t);
			if (*rc == 0 && t == l->len) {
				frus_error(d->name, l->no, 3, "footnote %s has no text", d->notes[d->nnotes - 1].n);
				*rc = FRUS_EXIT_INVALID;
			}
		} else {
			add_para(d, l);
		}
	}
	return start;
}

/* The notes of a stripped copy from line s on: "N. text" starts a note
 * when it follows the last line directly or continues the numbering;
 * anything else continues the note before. */
static void
flat_notes(frus_footnotes *d, const frus_line *ls, size_t s, size_t n)
{
	size_t cap = 0, t, m;
	int blank_before = 0;
	for (size_t k = s; k < n; k++) {
		const frus_line *l = &ls[k];
		if (frus_line_blank(l)) {
			blank_before = 1;
			continue;
		}
		m = frus_mark_line(l->s, l->len, &t);
		if (m && t < l->len) {
			char mark[8];
			snprintf(mark, sizeof mark, "%.*s", (int)m, l->s);
			if (d->nnotes == 0 || !blank_before || follows(d->notes[d->nnotes - 1].n, mark)) {
				add_note(d, &cap, l, m, t);
				blank_before = 0;
				continue;
			}
		}
		add_para(d, l);
		blank_before = 0;
	}
}

/* How well the text before line s marks the notes from s on: strong
 * markers placed, less those not found. */
static long
evidence(frus_footnotes *d, const frus_line *ls, size_t from, size_t s)
{
	size_t nseg = 0;
	const char **segs = frus_xmalloc((s - from + 2) * sizeof *segs);
	size_t *lens = frus_xmalloc((s - from + 2) * sizeof *lens);
	segs[nseg] = d->heading.text;
	lens[nseg++] = d->heading.len;
	for (size_t k = from; k < s; k++)
		if (!frus_line_blank(&ls[k])) {
			segs[nseg] = ls[k].s;
			lens[nseg++] = ls[k].len;
		}
	frus_note_ref *refs = frus_xmalloc(d->nnotes * sizeof *refs);
	frus_marker *m = frus_xmalloc(d->nnotes * sizeof *m);
	for (size_t k = 0; k < d->nnotes; k++)
		refs[k] = (frus_note_ref){ d->notes[k].n, d->notes[k].paras[0].text, d->notes[k].paras[0].len };
	frus_notes_place(segs, lens, nseg, refs, d->nnotes, m);
	/* only markers glued to a word or after punctuation count for: a
	 * numbered paragraph's number found inside a file number ("2154")
	 * is no evidence of a footnote list */
	long ev = 0;
	for (size_t k = 0; k < d->nnotes; k++)
		ev += m[k].len == 0 ? -1 : m[k].score >= 2 ? 1 : 0;
	free(m);
	free(refs);
	free(segs);
	free(lens);
	return ev;
}

static size_t
flat_list(frus_footnotes *d, const frus_line *ls, size_t from, size_t n)
{
	size_t best = n, tries = 0, t;
	long best_ev = 0;
	for (size_t s = n; s > from + 1 && tries < FLAT_TRIES; s--) {
		const frus_line *l = &ls[s - 1];
		if (!frus_mark_line(l->s, l->len, &t) || t == l->len)
			continue;
		tries++;
		flat_notes(d, ls, s - 1, n);
		long ev = evidence(d, ls, from, s - 1);
		free_notes(d);
		if (ev > best_ev) {
			best_ev = ev;
			best = s - 1;
		}
	}
	if (best < n)
		flat_notes(d, ls, best, n);
	return best;
}

size_t
frus_footnotes_find(frus_footnotes *d, const frus_line *ls, size_t from, size_t n, int *rc)
{
	int indented = 0;
	for (size_t k = from; k < n && !indented; k++)
		indented = ls[k].ind > 0;
	size_t start = indented_list(d, ls, from, n, rc);
	if (start == n && !indented)
		start = flat_list(d, ls, from, n);
	if (start == n) {
		/* numbered lines ending the text look like a footnote list that
		 * was not taken: never silently */
		size_t e = n, t;
		while (e > from && frus_line_blank(&ls[e - 1]))
			e--;
		size_t b = e;
		while (b > from && !frus_line_blank(&ls[b - 1]) && ls[b - 1].ind <= 2 &&
		       frus_mark_line(ls[b - 1].s, ls[b - 1].len, &t) && t < ls[b - 1].len)
			b--;
		if (b < e && (e - b >= 2 || ls[b].ind == 2))
			frus_warning(d->name, ls[b].no, 1, "%zu numbered line%s at the end look%s like "
			             "footnotes, but the text does not mark them: read as paragraphs",
			             e - b, e - b > 1 ? "s" : "", e - b > 1 ? "" : "s");
	}
	return start;
}

/* notes.c — footnote marker recovery (see notes.h).
 *
 * Every digit string that ends a token and is glued to what precedes it is
 * a candidate for the note whose number it spells; so is every proper
 * suffix of a digit run ("82" → note 2 after "8").  Each candidate gets a
 * score for how much it looks like a marker.  Notes must appear in order
 * 1..N without overlapping, so the answer is the increasing chain of
 * candidates, one per note, with the highest total score: a longest-path
 * dynamic programme over candidates grouped by note number, O(candidates). */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/notes.h"

typedef struct {
	size_t note;        /* 1-based */
	size_t start, end;  /* global offsets */
	size_t seg, off;
	double score;
	double best;        /* best chain score ending here */
	long prev;          /* index of the chosen candidate for note-1 */
} cand;

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
	"Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
};

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
isalpha_ascii(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Code point ending just before s[i] (UTF-8), or -1 at the start. */
static long
prev_cp(const char *s, size_t i, size_t *cplen)
{
	if (i == 0)
		return -1;
	size_t j = i - 1;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	const unsigned char *u = (const unsigned char *)s + j;
	long cp;
	size_t n = i - j;
	if (n == 1)
		cp = u[0];
	else if (n == 2)
		cp = ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
	else if (n == 3)
		cp = ((u[0] & 0x0F) << 12) | ((u[1] & 0x3F) << 6) | (u[2] & 0x3F);
	else
		cp = ((long)(u[0] & 0x07) << 18) | ((u[1] & 0x3F) << 12) | ((u[2] & 0x3F) << 6) | (u[3] & 0x3F);
	if (cplen)
		*cplen = n;
	return cp;
}

static int
is_close_punct(long cp)
{
	switch (cp) {
	case '.': case ',': case ';': case ':': case ')': case ']': case '?': case '!':
	case '"': case '\'': case 0x201D: case 0x2019: case 0x00BB:
		return 1;
	}
	return 0;
}

static int
is_dash(long cp)
{
	return cp == '-' || cp == '/' || cp == 0x2013 || cp == 0x2014;
}

/* Non-ASCII letters: everything above Latin-1 punctuation that is not a
 * quote, dash or other general punctuation. */
static int
is_letter(long cp)
{
	if (cp < 0)
		return 0;
	if (cp < 0x80)
		return isalpha_ascii((int)cp);
	if (cp >= 0x2000 && cp <= 0x206F)
		return 0;
	if (cp < 0xC0)
		return 0;
	return cp != 0xD7 && cp != 0xF7;
}

/* Does the word before position i (skipping one space) name a month? */
static int
month_before(const char *s, size_t i)
{
	if (i < 2 || s[i - 1] != ' ')
		return 0;
	size_t e = i - 1, b = e;
	while (b > 0 && (isalpha_ascii((unsigned char)s[b - 1]) || s[b - 1] == '.'))
		b--;
	for (size_t k = 0; k < sizeof months / sizeof months[0]; k++)
		if (strlen(months[k]) == e - b && memcmp(s + b, months[k], e - b) == 0)
			return 1;
	return 0;
}

/* Score of the candidate s[a..b) being a marker, where s[run..b) is the
 * whole digit run; 0 = not a candidate. */
static double
score(const char *s, size_t len, size_t run, size_t a, size_t b)
{
	/* What follows the marker: not a letter or digit, and not a decimal
	 * or thousands separator continuing the number ("611.23", "1,322"). */
	if (b < len) {
		unsigned char c = (unsigned char)s[b];
		/* A letter right after ("1950s", "2d") makes it part of a word;
		 * quotes and dashes after a marker are fine.  0xC3-0xDF lead
		 * bytes start accented Latin letters. */
		if (isalpha_ascii(c) || (c >= 0xC3 && c <= 0xDF))
			return 0;
		if ((c == '.' || c == ',') && b + 1 < len && isdig((unsigned char)s[b + 1]))
			return 0;
	}
	if (s[a] == '0')
		return 0;
	if (a == run) {
		size_t cplen;
		long cp = prev_cp(s, a, &cplen);
		if (cp < 0 || cp == ' ' || cp == '\t' || cp == 0xA0)
			return 0;             /* a number standing alone */
		if (cp == '$' || cp == '#' || cp == '(' || cp == '[' || cp == 0xA7 || cp == 0xA3 || cp == '+' || cp == '=')
			return 0;
		if ((cp == '.' || cp == ',') && a >= 2 && isdig((unsigned char)s[a - 2])) {
			/* "2.1", "1,322" are numbers; but "July 28, 1950.3" is a
			 * year, then a full stop, then a marker. */
			size_t y = a - 1, yd = 0;
			while (y > 0 && isdig((unsigned char)s[y - 1]))
				y--, yd++;
			return (cp == '.' && yd == 4) ? 2 : 0.2;
		}
		if (is_close_punct(cp))
			return 3;
		if (is_letter(cp)) {
			/* "G77", "MIG21": a short capital code glued to digits is
			 * more likely a name than a word with a marker. */
			size_t k = a, caps = 0, lower = 0;
			while (k > 0) {
				long c2 = prev_cp(s, k, &cplen);
				if (!is_letter(c2))
					break;
				if (c2 >= 'A' && c2 <= 'Z')
					caps++;
				else
					lower++;
				k -= cplen;
			}
			if (lower == 0 && caps <= 3)
				return 0.5;
			return 3;
		}
		if (is_dash(cp))
			return 0.3;
		return 0.5;
	}
	/* A split digit run: the digits before the marker must make sense. */
	size_t left = a - run;
	long cp = prev_cp(s, run, NULL);
	if (!(cp < 0 || cp == ' ' || cp == '(' || is_dash(cp)))
		return 0;
	if (left <= 2) {
		int v = 0;
		for (size_t k = run; k < a; k++)
			v = v * 10 + (s[k] - '0');
		if (v >= 1 && v <= 31 && month_before(s, run))
			return 2;
		return 0.1;
	}
	if (left == 4) {
		int v = 0;
		for (size_t k = run; k < a; k++)
			v = v * 10 + (s[k] - '0');
		if (v >= 1700 && v <= 2099)
			return 1;
	}
	return 0.1;
}

static size_t
parse_note(const char *s, size_t a, size_t b)
{
	size_t v = 0;
	for (size_t k = a; k < b; k++)
		v = v * 10 + (size_t)(s[k] - '0');
	return v;
}

static int
cmp_cand(const void *x, const void *y)
{
	const cand *p = x, *q = y;
	if (p->note != q->note)
		return p->note < q->note ? -1 : 1;
	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	return 0;
}

/* The best increasing chain of candidates, one per note 1..nnotes. */
static size_t
chain(cand *c, size_t nc, size_t nnotes, frus_marker *out, size_t *chosen)
{
	qsort(c, nc, sizeof *c, cmp_cand);

	/* best[] over note k's candidates from note k-1's, two pointers:
	 * both groups are sorted by start, and within a group by end too. */
	size_t placed = 0;
	size_t g0 = 0;                 /* start of note k-1's group */
	size_t g1 = 0;                 /* start of note k's group */
	size_t prev_end_group = 0;
	for (size_t k = 1; k <= nnotes; k++) {
		while (g1 < nc && c[g1].note < k)
			g1++;
		size_t e = g1;
		while (e < nc && c[e].note == k)
			e++;
		int any = 0;
		size_t p = g0;
		double runmax = -1;
		long runarg = -1;
		for (size_t i = g1; i < e; i++) {
			if (k == 1) {
				c[i].best = c[i].score;
				c[i].prev = -1;
				any = 1;
				continue;
			}
			while (p < prev_end_group && c[p].end <= c[i].start) {
				if (c[p].best >= 0 && c[p].best > runmax) {
					runmax = c[p].best;
					runarg = (long)p;
				}
				p++;
			}
			if (runarg >= 0) {
				c[i].best = runmax + c[i].score;
				c[i].prev = runarg;
				any = 1;
			} else {
				c[i].best = -1;
			}
		}
		if (!any)
			break;
		placed = k;
		g0 = g1;
		prev_end_group = e;
		g1 = e;
	}
	if (placed == nnotes) {
		/* Best end in the last group, then walk back. */
		long arg = -1;
		for (size_t i = g0; i < prev_end_group; i++)
			if (c[i].best >= 0 && (arg < 0 || c[i].best > c[arg].best))
				arg = (long)i;
		for (size_t k = nnotes; k >= 1 && arg >= 0; k--) {
			out[k - 1] = (frus_marker){ c[arg].seg, c[arg].off, c[arg].end - c[arg].start };
			if (chosen)
				chosen[k - 1] = (size_t)arg;
			arg = c[arg].prev;
		}
	}
	return placed;
}

size_t
frus_notes_recover(const char *const *segs, const size_t *lens, size_t nsegs,
                   size_t nnotes, frus_marker *out)
{
	if (nnotes == 0)
		return 0;
	/* Markers have at most as many digits as the largest note number. */
	size_t maxdig = 1;
	for (size_t v = nnotes; v >= 10; v /= 10)
		maxdig++;

	size_t cap = 256, nc = 0;
	cand *c = frus_xmalloc(cap * sizeof *c);
	size_t base = 0;
	for (size_t si = 0; si < nsegs; si++) {
		const char *s = segs[si];
		size_t len = lens[si];
		for (size_t i = 0; i < len;) {
			if (!isdig((unsigned char)s[i])) {
				i++;
				continue;
			}
			size_t run = i, b = i;
			while (b < len && isdig((unsigned char)s[b]))
				b++;
			for (size_t a = (b - run > maxdig) ? b - maxdig : run; a < b; a++) {
				size_t note = parse_note(s, a, b);
				if (note < 1 || note > nnotes)
					continue;
				double sc = score(s, len, run, a, b);
				if (sc <= 0)
					continue;
				if (nc == cap)
					c = frus_xrealloc(c, (cap *= 2) * sizeof *c);
				c[nc++] = (cand){ note, base + a, base + b, si, a, sc, -1, -1 };
			}
			i = b;
		}
		base += len + 1;
	}
	size_t placed = chain(c, nc, nnotes, out, NULL);
	free(c);
	return placed;
}

size_t
frus_notes_recover_marks(const char *const *segs, const size_t *lens, size_t nsegs,
                         const char *const *marks, size_t nnotes, frus_marker *out,
                         int *glued)
{
	if (nnotes == 0)
		return 0;
	size_t cap = 64, nc = 0;
	cand *c = frus_xmalloc(cap * sizeof *c);
	size_t base = 0;
	for (size_t si = 0; si < nsegs; si++) {
		const char *s = segs[si];
		size_t len = lens[si];
		for (size_t k = 0; k < nnotes; k++) {
			size_t ml = strlen(marks[k]);
			int letter = ml == 1 && isalpha_ascii((unsigned char)marks[k][0]);
			for (size_t a = 1; ml && a + ml <= len; a++) {
				if (memcmp(s + a, marks[k], ml) != 0)
					continue;
				size_t b = a + ml;
				long cp = prev_cp(s, a, NULL);
				if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '(' || cp == '[')
					continue;           /* a letter or sign standing alone */
				if (letter && b < len && (isalpha_ascii((unsigned char)s[b]) ||
				                          isdig((unsigned char)s[b]) || (unsigned char)s[b] >= 0x80))
					continue;           /* inside a word */
				/* after punctuation or a figure a letter is a mark; glued
				 * to a word it may be the word's last letter */
				double sc = !letter ? 3 : is_letter(cp) ? 0.5 : 3;
				if (nc == cap)
					c = frus_xrealloc(c, (cap *= 2) * sizeof *c);
				c[nc++] = (cand){ k + 1, base + a, base + b, si, a, sc, -1, -1 };
			}
		}
		base += len + 1;
	}
	size_t *chosen = frus_xmalloc(nnotes * sizeof *chosen);
	size_t placed = chain(c, nc, nnotes, out, chosen);
	if (placed == nnotes && glued)
		for (size_t k = 0; k < nnotes; k++)
			glued[k] = c[chosen[k]].score < 1;
	free(chosen);
	free(c);
	return placed;
}

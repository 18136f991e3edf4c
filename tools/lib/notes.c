/* notes.c — footnote marker recovery (see notes.h).
 *
 * Every place where a note's mark could stand is a candidate: for a number,
 * a digit string that ends a digit run and is glued to what precedes it
 * (or the tail of a longer run: "82" is August 8 and note 2); for a letter
 * or a symbol, the mark glued to what precedes it and not inside a word.
 * Each candidate is scored for how much it looks like a marker.  The
 * markers are then the chain of candidates, strictly increasing in
 * position in the order the notes are listed, that places the most notes
 * and, among those, has the highest total score: a longest-path dynamic
 * programme over the candidates in text order, with a Fenwick tree over
 * the note index for "the best chain so far ending with an earlier note",
 * so O(C log N) for C candidates and N notes. */
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/notes.h"

typedef struct {
	size_t note;        /* 0-based index in the list */
	size_t start, end;  /* global offsets */
	size_t seg, off;
	double score;
	double best;        /* value of the best chain ending here */
	long back;          /* the candidate before it in that chain, or -1 */
} cand;

/* A chain's value: the notes it places first, the scores second. */
#define PLACED 1e6

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
	"Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
	/* telegram style: "Oct 12" */
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
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

/* Nothing but spaces after b: a marker ending its block (the heading's
 * source note, a paragraph's last word) is the commonest place of all. */
static int
at_end(const char *s, size_t len, size_t b)
{
	while (b < len && s[b] == ' ')
		b++;
	return b == len;
}

static double
digit_score(const char *s, size_t len, size_t run, size_t a, size_t b)
{
	/* What follows the marker: not a letter or digit, and not a decimal
	 * or thousands separator continuing the number ("611.23", "1,322"). */
	int glued_after = 0;
	if (b < len) {
		unsigned char c = (unsigned char)s[b];
		/* A letter right after ("1950s", "2d") makes it part of a word;
		 * quotes and dashes after a marker are fine.  0xC3-0xDF lead
		 * bytes start accented Latin letters.  But after closing
		 * punctuation and before a capital the copy has lost the space
		 * after the note ("p.m.,77I said", "Union.3UK"): weak evidence,
		 * taken only when nothing else places the note. */
		if (c >= 'A' && c <= 'Z' && a == run && a > 1 && is_close_punct(prev_cp(s, a, NULL)) &&
		    !isdig((unsigned char)s[a - 2]))
			glued_after = 1;
		else if (isalpha_ascii(c) || isdig(c) || (c >= 0xC3 && c <= 0xDF))
			return 0;
		if ((c == '.' || c == ',') && b + 1 < len && isdig((unsigned char)s[b + 1]))
			return 0;
	}
	if (s[a] == '0')
		return 0;
	double end = at_end(s, len, b) ? 1 : 0;
	if (glued_after)
		return 0.4;
	if (a == run) {
		size_t cplen;
		long cp = prev_cp(s, a, &cplen);
		if (cp < 0 || cp == ' ' || cp == '\t' || cp == 0xA0)
			return 0;             /* a number standing alone */
		if (cp == '$' || cp == '#' || cp == '(' || cp == '[' || cp == 0xA7 || cp == 0xA3 || cp == '+' || cp == '=')
			return 0;
		if (cp == ':' && a >= 2 && isdig((unsigned char)s[a - 2]))
			return 0.2 + end;         /* a time: "10:30" */
		if ((cp == '.' || cp == ',') && a >= 2 && isdig((unsigned char)s[a - 2])) {
			/* "2.1", "1,322" are numbers; but "July 28, 1950.3" is a
			 * year, then a full stop, then a marker; "our 137.1 I am"
			 * ends a sentence; "1924,13 and" is no thousands group */
			size_t y = a - 1, yd = 0;
			while (y > 0 && isdig((unsigned char)s[y - 1]))
				y--, yd++;
			if (cp == ',')
				return (b - a == 3 ? 0.2 : 3) + end;
			/* a full stop, then the mark: after a year, a date ("January
			 * 15.1"), before the next sentence; else a decimal ("7.6") */
			int sentence = b + 1 < len && s[b] == ' ' && s[b + 1] >= 'A' && s[b + 1] <= 'Z';
			int date = yd <= 2 && month_before(s, y);
			return ((yd == 4 || sentence || date) ? 2 : 0.2) + end;
		}
		if (is_close_punct(cp))
			return 3 + end;
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
				return 0.5 + end;
			return 3 + end;
		}
		if (is_dash(cp))
			return 0.3 + end;
		return 0.5 + end;
	}
	/* A split digit run: the digits before the marker must make sense. */
	size_t left = a - run;
	long cp = prev_cp(s, run, NULL);
	if (!(cp < 0 || cp == ' ' || cp == '(' || is_dash(cp)))
		return 0;
	int v = 0;
	for (size_t k = run; k < a && k < run + 6; k++)
		v = v * 10 + (s[k] - '0');
	/* "August 82": the day, then the marker; before punctuation less
	 * likely, as marks follow the punctuation they annotate ("July 21,");
	 * and "March 1916" is a year */
	int whole = 0;
	for (size_t k = run; k < b && k < run + 6; k++)
		whole = whole * 10 + (s[k] - '0');
	int year = b - run == 4 && whole >= 1776 && whole <= 2099;   /* FRUS writes of its own times */
	if (left <= 2 && v >= 1 && v <= 31 && month_before(s, run) && !year) {
		/* "February 23" is a date unless nothing else marks the note:
		 * "February 243" must be split */
		if (whole >= 1 && whole <= 31)
			return 0.5 + end;
		return (b < len && (s[b] == ',' || s[b] == '.') ? 1.2 : 2) + end;
	}
	if (left == 4 && v >= 1700 && v <= 2099)
		return 1 + end;
	return 0.1 + end;
}

static int
cmp_marker(const void *x, const void *y)
{
	const frus_marker *p = x, *q = y;
	if (p->seg != q->seg)
		return p->seg < q->seg ? -1 : 1;
	return p->off < q->off ? -1 : p->off > q->off;
}

size_t
frus_notes_unexplained(const char *const *segs, const size_t *lens, size_t nsegs,
                       const frus_marker *placed, size_t nplaced, unsigned long maxval,
                       frus_marker *out, size_t max)
{
	frus_marker *used = frus_xmalloc((nplaced ? nplaced : 1) * sizeof *used);
	size_t nu = 0, found = 0, u = 0;
	for (size_t k = 0; k < nplaced; k++)
		if (placed[k].len)
			used[nu++] = placed[k];
	qsort(used, nu, sizeof *used, cmp_marker);
	for (size_t si = 0; si < nsegs; si++) {
		const char *s = segs[si];
		size_t len = lens[si];
		for (size_t i = 0; i < len;) {
			if (!isdig((unsigned char)s[i])) {
				i++;
				continue;
			}
			size_t run = i, b = i;
			unsigned long v = 0;
			while (b < len && isdig((unsigned char)s[b])) {
				if (v <= maxval)
					v = v * 10 + (unsigned long)(s[b] - '0');
				b++;
			}
			i = b;
			/* strong evidence only: glued to a word or after closing
			 * punctuation, the whole digit run */
			double sc = digit_score(s, len, run, run, b);
			if (sc < 3 || v == 0 || v > maxval)
				continue;
			while (u < nu && (used[u].seg < si || (used[u].seg == si && used[u].off + used[u].len <= run)))
				u++;
			if (u < nu && used[u].seg == si && used[u].off < b)
				continue;             /* it is (part of) a placed marker */
			if (found < max)
				out[found] = (frus_marker){ si, run, b - run, sc };
			found++;
		}
	}
	free(used);
	return found;
}

/* The document's words, for letter marks: "notea" is "note" and mark a
 * when "note" occurs elsewhere and "notea" nowhere; "Philadelphia" is a
 * word when it occurs again. */
typedef struct {
	const char *s;
	size_t n;
} word;

typedef struct {
	word *w;
	size_t n;
} words;

static int
wordch(unsigned char c)
{
	return isalpha_ascii(c) || c >= 0x80;
}

static int
cmp_word(const void *x, const void *y)
{
	const word *p = x, *q = y;
	size_t n = p->n < q->n ? p->n : q->n;
	int c = memcmp(p->s, q->s, n);
	return c ? c : (p->n < q->n ? -1 : p->n > q->n);
}

/* The document's numbers (whole digit runs), for split runs: "6122" is
 * cable 612 and note 2 when "612" stands elsewhere in the text. */
static void
numbers_build(words *ws, const char *const *segs, const size_t *lens, size_t nsegs)
{
	size_t cap = 64;
	ws->w = frus_xmalloc(cap * sizeof *ws->w);
	ws->n = 0;
	for (size_t si = 0; si < nsegs; si++)
		for (size_t i = 0; i < lens[si];) {
			if (!isdig((unsigned char)segs[si][i])) {
				i++;
				continue;
			}
			size_t b = i;
			while (i < lens[si] && isdig((unsigned char)segs[si][i]))
				i++;
			if (ws->n == cap)
				ws->w = frus_xrealloc(ws->w, (cap *= 2) * sizeof *ws->w);
			ws->w[ws->n++] = (word){ segs[si] + b, i - b };
		}
	qsort(ws->w, ws->n, sizeof *ws->w, cmp_word);
}

static void
words_build(words *ws, const char *const *segs, const size_t *lens, size_t nsegs)
{
	size_t cap = 256;
	ws->w = frus_xmalloc(cap * sizeof *ws->w);
	ws->n = 0;
	for (size_t si = 0; si < nsegs; si++)
		for (size_t i = 0; i < lens[si];) {
			if (!wordch((unsigned char)segs[si][i])) {
				i++;
				continue;
			}
			size_t b = i;
			while (i < lens[si] && wordch((unsigned char)segs[si][i]))
				i++;
			if (ws->n == cap)
				ws->w = frus_xrealloc(ws->w, (cap *= 2) * sizeof *ws->w);
			ws->w[ws->n++] = (word){ segs[si] + b, i - b };
		}
	qsort(ws->w, ws->n, sizeof *ws->w, cmp_word);
}

static size_t
words_count(const words *ws, const char *s, size_t n)
{
	word k = { s, n };
	size_t lo = 0, hi = ws->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cmp_word(&ws->w[mid], &k) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t c = 0;
	while (lo + c < ws->n && cmp_word(&ws->w[lo + c], &k) == 0)
		c++;
	return c;
}

/* A letter or symbol mark at s[a..b). */
static double
mark_score(const char *s, size_t len, size_t a, size_t b, int letter, const words *ws)
{
	long cp = prev_cp(s, a, NULL);
	if (cp < 0 || cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '(' || cp == '[')
		return 0;                   /* a letter or sign standing alone */
	if (letter && b < len && (isalpha_ascii((unsigned char)s[b]) || isdig((unsigned char)s[b]) ||
	                          (unsigned char)s[b] >= 0x80))
		return 0;                   /* inside a word */
	/* after punctuation or a figure a letter is a mark; glued to a word
	 * it may be the word's last letter: the document's other words tell */
	if (!letter || !is_letter(cp))
		return 3;
	size_t w0 = a;
	while (w0 > 0 && wordch((unsigned char)s[w0 - 1]))
		w0--;
	/* the papers notes explain ("your notea", "telegramb"): a mark */
	static const char *const papers[] = {
		"note", "notes", "telegram", "telegrams", "despatch", "despatches", "dispatch",
		"dispatches", "letter", "letters", "instruction", "instructions", "memorandum", "report",
		"cable", "message", "circular", "airgram", "treaty", "convention", "decree", "law",
		"proclamation", "resolution", "reply", "answer", "communication", NULL
	};
	for (int k = 0; papers[k]; k++)
		if (strlen(papers[k]) == a - w0 && memcmp(s + w0, papers[k], a - w0) == 0)
			return 2.5;
	if (ws && ws->n) {
		size_t full = words_count(ws, s + w0, b - w0), stem = words_count(ws, s + w0, a - w0);
		if (full >= 2)
			return 0.3;
		if (stem >= 1)
			return 2.5;
	}
	return 0.5;
}

/* --- marks to notes ------------------------------------------------------ */

typedef struct {
	const char *mark;
	size_t len, note;
	const char *text;
	size_t textlen;
} entry;

static int
cmp_entry(const void *x, const void *y)
{
	const entry *p = x, *q = y;
	size_t n = p->len < q->len ? p->len : q->len;
	int c = memcmp(p->mark, q->mark, n);
	if (c)
		return c;
	if (p->len != q->len)
		return p->len < q->len ? -1 : 1;
	return p->note < q->note ? -1 : p->note > q->note;
}

/* The first entry spelling s[0..n), or NULL. */
static const entry *
lookup(const entry *e, size_t ne, const char *s, size_t n)
{
	size_t lo = 0, hi = ne;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		size_t m = e[mid].len < n ? e[mid].len : n;
		int c = memcmp(e[mid].mark, s, m);
		if (c == 0)
			c = e[mid].len < n ? -1 : e[mid].len > n;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < ne && e[lo].len == n && memcmp(e[lo].mark, s, n) == 0 ? &e[lo] : NULL;
}

typedef struct {
	cand *c;
	size_t n, cap;
} cands;

static void
add(cands *cs, size_t note, size_t base, size_t seg, size_t a, size_t b, double sc)
{
	if (cs->n == cs->cap)
		cs->c = frus_xrealloc(cs->c, (cs->cap = cs->cap ? cs->cap * 2 : 256) * sizeof *cs->c);
	cs->c[cs->n++] = (cand){ note, base + a, base + b, seg, a, sc, 0, -1 };
}

static int
isdigits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isdig((unsigned char)s[i]))
			return 0;
	return n > 0;
}

/* Does the note's text cite the number s[0..n) as a whole token? */
static int
cites(const entry *x, const char *s, size_t n)
{
	const char *t = x->text, *end = t ? t + x->textlen : NULL;
	for (; t && (size_t)(end - t) >= n; t++)
		if (memcmp(t, s, n) == 0 && (t == x->text || !isdig((unsigned char)t[-1])) &&
		    (t + n == end || !isdig((unsigned char)t[n])))
			return 1;
	return 0;
}

static void
collect(cands *cs, const char *const *segs, const size_t *lens, size_t nsegs,
        const entry *e, size_t ne)
{
	size_t maxdig = 0, nsym = 0;
	words ws = { NULL, 0 }, nums = { NULL, 0 };
	/* the first entry of each distinct letter or symbol mark */
	size_t *sym = frus_xmalloc((ne ? ne : 1) * sizeof *sym);
	for (size_t i = 0; i < ne; i++) {
		if (isdigits(e[i].mark, e[i].len)) {
			if (e[i].len > maxdig)
				maxdig = e[i].len;
		} else if (i == 0 || e[i - 1].len != e[i].len || memcmp(e[i - 1].mark, e[i].mark, e[i].len) != 0) {
			sym[nsym++] = i;
		}
	}
	size_t base = 0;
	for (size_t si = 0; si < nsegs; si++) {
		const char *s = segs[si];
		size_t len = lens[si];
		for (size_t i = 0; maxdig && i < len;) {
			if (!isdig((unsigned char)s[i])) {
				i++;
				continue;
			}
			size_t run = i, b = i;
			while (b < len && isdig((unsigned char)s[b]))
				b++;
			for (size_t a = (b - run > maxdig) ? b - maxdig : run; a < b; a++) {
				const entry *x = lookup(e, ne, s + a, b - a);
				if (!x)
					continue;
				double sc = digit_score(s, len, run, a, b);
				if (sc <= 0)
					continue;
				/* the digits before a split mark are a number the text
				 * uses elsewhere */
				if (a - run >= 2) {
					if (!nums.w)
						numbers_build(&nums, segs, lens, nsegs);
					if (words_count(&nums, s + run, a - run) > 0)
						sc += 0.5;
				}
				for (; x < e + ne && x->len == b - a && memcmp(x->mark, s + a, b - a) == 0; x++)
					add(cs, x->note, base, si, a, b,
					    sc + (a - run >= 3 && cites(x, s + run, a - run) ? 0.5 : 0));
			}
			i = b;
		}
		for (size_t q = 0; q < nsym; q++) {
			size_t k = sym[q], ml = e[k].len;
			int letter = ml == 1 && isalpha_ascii((unsigned char)e[k].mark[0]);
			if (letter && !ws.w)
				words_build(&ws, segs, lens, nsegs);
			for (size_t a = 1; a + ml <= len; a++) {
				if (memcmp(s + a, e[k].mark, ml) != 0)
					continue;
				double sc = mark_score(s, len, a, a + ml, letter, &ws);
				if (sc <= 0)
					continue;
				for (size_t j = k; j < ne && e[j].len == ml && memcmp(e[j].mark, e[k].mark, ml) == 0; j++)
					add(cs, e[j].note, base, si, a, a + ml, sc);
			}
		}
		base += len + 1;
	}
	free(sym);
	free(ws.w);
	free(nums.w);
}

/* --- the chain ----------------------------------------------------------- */

static int
cmp_start(const void *x, const void *y)
{
	const cand *p = x, *q = y;
	if (p->start != q->start)
		return p->start < q->start ? -1 : 1;
	if (p->end != q->end)
		return p->end < q->end ? -1 : 1;
	return p->note < q->note ? -1 : p->note > q->note;
}

static const cand *sort_base;

static int
cmp_end(const void *x, const void *y)
{
	const cand *p = &sort_base[*(const size_t *)x], *q = &sort_base[*(const size_t *)y];
	if (p->end != q->end)
		return p->end < q->end ? -1 : 1;
	return *(const size_t *)x < *(const size_t *)y ? -1 : 1;
}

typedef struct {
	double v;
	long i;
} top;

/* Prefix maxima over note indices 1..n (Fenwick tree). */
static void
bit_put(top *t, size_t n, size_t k, double v, long i)
{
	for (; k <= n; k += k & -k)
		if (t[k].i < 0 || v > t[k].v)
			t[k] = (top){ v, i };
}

static top
bit_max(const top *t, size_t k)
{
	top r = { 0, -1 };
	for (; k > 0; k -= k & -k)
		if (t[k].i >= 0 && (r.i < 0 || t[k].v > r.v))
			r = t[k];
	return r;
}

size_t
frus_notes_place(const char *const *segs, const size_t *lens, size_t nsegs,
                 const frus_note_ref *notes, size_t nnotes, frus_marker *out)
{
	for (size_t k = 0; k < nnotes; k++)
		out[k] = (frus_marker){ 0, 0, 0, 0 };
	if (nnotes == 0)
		return 0;
	entry *e = frus_xmalloc(nnotes * sizeof *e);
	size_t ne = 0;
	for (size_t k = 0; k < nnotes; k++)
		if (notes[k].mark && notes[k].mark[0])
			e[ne++] = (entry){ notes[k].mark, strlen(notes[k].mark), k, notes[k].text, notes[k].textlen };
	qsort(e, ne, sizeof *e, cmp_entry);
	cands cs = { NULL, 0, 0 };
	collect(&cs, segs, lens, nsegs, e, ne);
	free(e);

	cand *c = cs.c;
	size_t nc = cs.n;
	if (nc == 0) {
		free(c);
		return 0;
	}
	qsort(c, nc, sizeof *c, cmp_start);
	size_t *byend = frus_xmalloc(nc * sizeof *byend);
	for (size_t i = 0; i < nc; i++)
		byend[i] = i;
	sort_base = c;
	qsort(byend, nc, sizeof *byend, cmp_end);
	top *t = frus_xmalloc((nnotes + 1) * sizeof *t);
	for (size_t k = 0; k <= nnotes; k++)
		t[k] = (top){ 0, -1 };

	long arg = -1;
	for (size_t i = 0, p = 0; i < nc; i++) {
		while (p < nc && c[byend[p]].end <= c[i].start) {
			const cand *x = &c[byend[p]];
			bit_put(t, nnotes, x->note + 1, x->best, (long)byend[p]);
			p++;
		}
		top before = bit_max(t, c[i].note);
		c[i].best = (before.i >= 0 ? before.v : 0) + PLACED + c[i].score;
		c[i].back = before.i;
		if (arg < 0 || c[i].best > c[arg].best)
			arg = (long)i;
	}
	size_t placed = 0;
	for (; arg >= 0; arg = c[arg].back) {
		out[c[arg].note] = (frus_marker){ c[arg].seg, c[arg].off, c[arg].end - c[arg].start, c[arg].score };
		placed++;
	}
	free(t);
	free(byend);
	free(c);
	return placed;
}

/* blocks.c — FRUS text to blocks (see blocks.h).
 *
 * The web copy has one line per paragraph; the footnotes come last, as
 * "  1. text" with continuation paragraphs indented four spaces. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/blocks.h"
#include "frus/dateline.h"
#include "frus/table.h"
#include "frus/err.h"

typedef struct {
	const char *s;   /* line start (after nothing: raw) */
	size_t len;      /* without trailing blanks */
	size_t off;
	long no;
} line;

static int
blank(const line *l)
{
	return l->len == 0;
}

static size_t
indent(const line *l)
{
	size_t i = 0;
	while (i < l->len && l->s[i] == ' ')
		i++;
	return i;
}

static int
starts(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);
	return len >= n && memcmp(s, prefix, n) == 0;
}

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
isupper_ascii(int c)
{
	return c >= 'A' && c <= 'Z';
}

#define BULLET "\xE2\x80\xA2 "   /* "• " */

/* Footnote marks of older volumes besides numbers: the symbols printers
 * used in order (a letter mark is "a".."z"). */
static const char *const note_symbols[] = {
	"*", "\xE2\x80\xA0", "\xE2\x80\xA1", "\xC2\xA7", "\xE2\x80\x96", "\xC2\xB6", "#", NULL
};

/* Length of the footnote mark at s (digits, one lowercase letter, or a
 * symbol), 0 if none. */
static size_t
note_mark(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && isdig((unsigned char)s[i]))
		i++;
	if (i)
		return i;
	if (n && s[0] >= 'a' && s[0] <= 'z')
		return 1;
	for (int k = 0; note_symbols[k]; k++)
		if (starts(s, n, note_symbols[k]))
			return strlen(note_symbols[k]);
	return 0;
}

/* "  12. text", "  a. text", "  *. text": a footnote line; *mark gets the
 * mark, *text the rest. */
static int
footnote_line(const line *l, const char **mark, size_t *marklen, size_t *textoff)
{
	if (l->len < 4 || l->s[0] != ' ' || l->s[1] != ' ')
		return 0;
	size_t m = note_mark(l->s + 2, l->len - 2), i = 2 + m;
	if (m == 0 || i >= l->len || l->s[i] != '.')
		return 0;
	/* "  2." with nothing after it is a footnote without text: the caller
	 * reports it rather than reading the list as paragraphs. */
	if (i + 1 < l->len && l->s[i + 1] != ' ')
		return 0;
	*mark = l->s + 2;
	*marklen = m;
	*textoff = i + 1 < l->len ? i + 2 : l->len;
	return 1;
}

static int
footnote_ish(const line *l)
{
	const char *m;
	size_t ml, t;
	return blank(l) || footnote_line(l, &m, &ml, &t) ||
	       (indent(l) >= 4 && !starts(l->s + indent(l), l->len - indent(l), BULLET));
}

const char *
frus_find_page(const char *s, size_t slen, size_t *len, const char **n, size_t *nlen)
{
	for (const char *p = s; p + 7 <= s + slen;) {
		const char *q = memchr(p, '[', (size_t)(s + slen - p));
		if (!q || q + 7 > s + slen)
			return NULL;
		if (memcmp(q, "[Page ", 6) == 0) {
			const char *e = q + 6;
			while (e < s + slen && *e != ']' && *e != '[' && e - q < 32)
				e++;
			if (e < s + slen && *e == ']' && e > q + 6) {
				*len = (size_t)(e + 1 - q);
				*n = q + 6;
				*nlen = (size_t)(e - q - 6);
				return q;
			}
		}
		p = q + 1;
	}
	return NULL;
}

static int
is_pb_line(const line *l)
{
	size_t len;
	const char *n;
	size_t nlen;
	const char *p = frus_find_page(l->s, l->len, &len, &n, &nlen);
	return p == l->s && len == l->len;
}

/* "1." "12." "a." "(1)" "(a)" alone: the label of a numbered item. */
static int
is_label(const line *l)
{
	const char *s = l->s;
	size_t n = l->len;
	if (n < 2 || n > 6)
		return 0;
	if (s[0] == '(' && s[n - 1] == ')')
		return n <= 5;
	if (s[n - 1] != '.')
		return 0;
	size_t i = 0;
	while (i < n - 1 && isdig((unsigned char)s[i]))
		i++;
	if (i == n - 1)
		return 1;
	return n == 2 && ((s[0] >= 'a' && s[0] <= 'z') || isupper_ascii((unsigned char)s[0]));
}

static size_t
words(const char *s, size_t n)
{
	size_t w = 0;
	int in = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			w++;
		}
	}
	return w;
}

/* Run-in heads used in FRUS policy papers: "Background. Our policies…". */
static const char *const runins[] = {
	"Background", "Policies", "Policy", "Objectives", "Evaluation", "Discussion",
	"Comment", "Comments", "Analysis", "Conclusion", "Conclusions", "Problem",
	"Recommendation", "Recommendations", "Summary", "Action", "Issue", "Issues", NULL
};

/* "Problem:", "Recommendations:3", "a. objectives", and a run-in head
 * word alone on its line ("Recommendation4"). */
static int
is_section(const line *l)
{
	const char *s = l->s;
	size_t n = l->len, w = n;
	while (w > 0 && isdig((unsigned char)s[w - 1]))
		w--;
	for (int i = 0; runins[i]; i++)
		if (strlen(runins[i]) == w && memcmp(s, runins[i], w) == 0)
			return 1;
	if (n == 0 || n > 60 || words(s, n) > 6)
		return 0;
	if (isupper_ascii((unsigned char)s[0])) {
		size_t e = n;
		while (e > 0 && isdig((unsigned char)s[e - 1]))
			e--;
		if (e == 0 || s[e - 1] != ':')
			return 0;
		for (size_t i = 0; i + 1 < e; i++)
			if (s[i] == '.' || s[i] == '?' || s[i] == '!' || s[i] == ':')
				return 0;
		return 1;
	}
	if (n >= 4 && s[0] >= 'a' && s[0] <= 'z' && s[1] == '.' && s[2] == ' ') {
		char last = s[n - 1];
		if (last == '.' || last == '?' || last == '!' || last == ',' || last == ';')
			return 0;
		for (size_t i = 3; i < n; i++)
			if (s[i] == '.' || s[i] == ':')
				return 0;
		return 1;
	}
	return 0;
}

/* A signature: a short name-like line closing the body. */
static int
is_signature(const line *l)
{
	const char *s = l->s;
	size_t n = l->len;
	if (n == 0 || n > 60 || words(s, n) > 6 || !isupper_ascii((unsigned char)s[0]))
		return 0;
	char last = s[n - 1];
	if (!((last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') || last == '.'))
		return 0;
	if (last == '.' && !(n >= 3 && (memcmp(s + n - 3, "Jr.", 3) == 0 || memcmp(s + n - 3, "Sr.", 3) == 0)))
		return 0;
	if (memchr(s, ':', n) || memchr(s, '[', n) || memchr(s, ',', n))
		return 0;
	return 1;
}

static const char *const list_heads[] = { "SUBJECT", "SUBJECTS", "PARTICIPANTS", NULL };

static int
is_listhead(const line *l)
{
	for (int i = 0; list_heads[i]; i++)
		if (strlen(list_heads[i]) == l->len && memcmp(l->s, list_heads[i], l->len) == 0)
			return 1;
	return 0;
}

static size_t
runin_len(const char *s, size_t n)
{
	for (int i = 0; runins[i]; i++) {
		size_t k = strlen(runins[i]);
		if (n > k + 2 && memcmp(s, runins[i], k) == 0 && s[k] == '.' && s[k + 1] == ' '
		    && isupper_ascii((unsigned char)s[k + 2]))
			return k + 1;
	}
	return 0;
}

/* "de la Flor: ", "The Secretary [to Maw]: ", "de la Flor (laughs): ":
 * returns the length of the name part, 0 if the start is no speaker. */
static size_t
speaker_len(const char *s, size_t n)
{
	size_t lim = n < 60 ? n : 60, i = 0, w = 0, name_end = 0;
	int caps = 0;
	while (i < lim) {
		if (s[i] == ':')
			break;
		if (s[i] == ' ' && i + 1 < lim && (s[i + 1] == '(' || s[i + 1] == '[')) {
			name_end = i;
			char close = s[i + 1] == '(' ? ')' : ']';
			const char *c = memchr(s + i, close, lim - i);
			if (!c)
				return 0;
			i = (size_t)(c - s) + 1;
			if (i < lim && s[i] == ':')
				break;
			return 0;
		}
		if (s[i] == ' ') {
			i++;
			continue;
		}
		/* a word */
		size_t b = i;
		while (i < lim && s[i] != ' ' && s[i] != ':')
			i++;
		w++;
		if (isupper_ascii((unsigned char)s[b]))
			caps++;
		else if (!(s[b] >= 'a' && s[b] <= 'z'))
			return 0;
		for (size_t k = b; k < i; k++)
			if (s[k] == ',' || s[k] == ';' || s[k] == '?' || s[k] == '!' || isdig((unsigned char)s[k]))
				return 0;
		name_end = i;
	}
	if (i >= lim || s[i] != ':' || i + 1 >= n || s[i + 1] != ' ' || w == 0 || w > 5 || caps == 0)
		return 0;
	return name_end;
}

static const char *const not_speakers[] = {
	"Subject", "Source", "Summary", "Note", "Problem", "Background", "Conclusions",
	"Recommendations", "Recommendation", "Discussion", "Comment", "Participants", "Date",
	"Place", "Time", "From", "To", "Ref", "Reference", "Attachment", "Enclosure", NULL
};

static int
allowed_speaker(const char *s, size_t n)
{
	for (int i = 0; not_speakers[i]; i++)
		if (strlen(not_speakers[i]) == n && memcmp(s, not_speakers[i], n) == 0)
			return 0;
	return 1;
}

/* --- attachments, letters, signatures ----------------------------------- */

static const char *const att_words[] = { "Tab", "Enclosure", "Attachment", "Annex", "Appendix", NULL };

/* "[Tab A]", "Tab A", "Enclosure", "Enclosure 1", "Attachment", "[Annex 2]",
 * perhaps with a footnote marker glued at the end. */
static int
is_atthead(const line *l)
{
	const char *s = l->s;
	size_t n = l->len, i = 0;
	if (n > 40)
		return 0;
	int br = n && s[0] == '[';
	i += br;
	size_t w = 0;
	for (int k = 0; att_words[k]; k++)
		if (starts(s + i, n - i, att_words[k]))
			w = strlen(att_words[k]);
	if (!w)
		return 0;
	i += w;
	if (i < n && s[i] == ' ') {            /* "A", "1", "No. 3" */
		i++;
		if (starts(s + i, n - i, "No. "))
			i += 4;
		size_t b = i;
		while (i < n && (isdig((unsigned char)s[i]) || isupper_ascii((unsigned char)s[i])))
			i++;
		if (i == b)
			return 0;
	}
	if (br) {
		if (i >= n || s[i] != ']')
			return 0;
		i++;
	}
	while (i < n && isdig((unsigned char)s[i]))   /* a footnote marker */
		i++;
	return i == n;
}

/* "Dear Mr. President:", "My dear Mr. Secretary,", "Sir:", "Excellency:". */
static int
is_salute(const line *l)
{
	const char *s = l->s;
	size_t n = l->len;
	if (n < 4 || n > 80 || (s[n - 1] != ':' && s[n - 1] != ','))
		return 0;
	if (starts(s, n, "Dear ") || starts(s, n, "My dear ") || starts(s, n, "My Dear "))
		return 1;
	static const char *const bare[] = { "Sir:", "Sir,", "Gentlemen:", "Excellency:", "Madam:", NULL };
	for (int k = 0; bare[k]; k++)
		if (strlen(bare[k]) == n && memcmp(s, bare[k], n) == 0)
			return 1;
	return 0;
}

static const char *const closes[] = {
	"Sincerely,", "Sincerely yours,", "Yours sincerely,", "Respectfully,", "Respectfully yours,",
	"Respectfully submitted,", "Very respectfully,", "Faithfully yours,", "Yours faithfully,",
	"Very truly yours,", "Yours very truly,", "Cordially,", "Cordially yours,", "Warm regards,",
	"With warm regards,", "With best wishes,", "Best regards,", "I have, etc.,", NULL
};

static int
is_compclose(const line *l)
{
	for (int k = 0; closes[k]; k++)
		if (strlen(closes[k]) == l->len && memcmp(l->s, closes[k], l->len) == 0)
			return 1;
	return 0;
}

/* "R.W.K.", "J.F.K.", "W. W. R.": an initialed signature. */
static int
is_initials(const line *l)
{
	size_t i = 0, k = 0;
	while (i < l->len) {
		if (!isupper_ascii((unsigned char)l->s[i]) || i + 1 >= l->len || l->s[i + 1] != '.')
			return 0;
		i += 2;
		k++;
		if (i < l->len && l->s[i] == ' ')
			i++;
	}
	return k >= 2 && k <= 4;
}

/* Words that make a signature's second line a title, not another name. */
static const char *const title_words[] = {
	"Secretary", "Assistant", "Acting", "Chief", "Director", "Ambassador", "President",
	"Minister", "Chairman", "Deputy", "Under", "Counselor", "Administrator", "Officer",
	"Commander", "Staff", "Adviser", "Advisor", "Executive", "Special", "Representative",
	"Chargé", "Consul", "Attorney", "Governor", "Senator", "Coordinator", "Head", NULL
};
static const char *const title_small[] = { "of", "for", "the", "and", "to", "on", "in", NULL };

static int
has_word(const char *s, size_t n, const char *const *ws)
{
	for (size_t i = 0; i < n;) {
		while (i < n && (s[i] == ' ' || s[i] == ','))
			i++;
		size_t b = i;
		while (i < n && s[i] != ' ' && s[i] != ',')
			i++;
		for (int k = 0; ws[k]; k++)
			if (strlen(ws[k]) == i - b && memcmp(s + b, ws[k], i - b) == 0)
				return 1;
	}
	return 0;
}

static int
is_title_line(const line *l)
{
	if (l->len == 0 || l->len > 80 || !isupper_ascii((unsigned char)l->s[0]) || l->s[l->len - 1] == '.')
		return 0;
	if (memchr(l->s, ':', l->len) || memchr(l->s, '[', l->len))
		return 0;
	return has_word(l->s, l->len, title_words) || has_word(l->s, l->len, title_small);
}

static int
is_name_line(const line *l)
{
	return (is_signature(l) || is_initials(l)) && !is_title_line(l);
}

/* The signature closing the lines [from, end) (end-1 not blank): at the
 * end, with no blank line between them, a name, then names and titles,
 * perhaps under a complimentary close.  Returns its first line, or end
 * when there is none; fills names/close. */
static size_t
closer_start(const line *ls, size_t from, size_t end, unsigned *names, int *close)
{
	size_t r = end;
	while (r > from && end - r < 12 && !blank(&ls[r - 1]) &&
	       (is_name_line(&ls[r - 1]) || is_title_line(&ls[r - 1])))
		r--;
	while (r < end && !is_name_line(&ls[r]))     /* it starts with a name */
		r++;
	if (r == end)
		return end;
	*close = r > from && is_compclose(&ls[r - 1]);
	r -= (size_t)*close;
	size_t before = r;                    /* something must precede it */
	while (before > from && blank(&ls[before - 1]))
		before--;
	if (before == from)
		return end;
	*names = 0;
	for (size_t k = r + (size_t)*close; k < end; k++)
		if (is_name_line(&ls[k]))
			*names |= 1u << (k - r);
	return r;
}

/* --- lines, notes, body  ----------------------------------------------------------- */

static line *
split_lines(const frus_text *t, size_t *nlines)
{
	size_t cap = 64, n = 0;
	line *ls = frus_xmalloc(cap * sizeof *ls);
	const char *p = t->buf, *end = t->buf + t->len;
	long no = 1;
	while (p <= end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *e = nl ? nl : end;
		if (n == cap)
			ls = frus_xrealloc(ls, (cap *= 2) * sizeof *ls);
		size_t len = (size_t)(e - p);
		while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		ls[n++] = (line){ p, len, (size_t)(p - t->buf), no++ };
		if (!nl)
			break;
		p = nl + 1;
	}
	*nlines = n;
	return ls;
}

static void
add_block(frus_doc *d, size_t *cap, frus_block b)
{
	if (d->nblocks == *cap)
		d->blocks = frus_xrealloc(d->blocks, (*cap = *cap ? *cap * 2 : 32) * sizeof *d->blocks);
	d->blocks[d->nblocks++] = b;
}

static int
parse_notes(frus_doc *d, const line *ls, size_t from, size_t to)
{
	size_t cap = 0;
	int rc = 0;
	for (size_t i = from; i < to; i++) {
		const line *l = &ls[i];
		const char *mark;
		size_t marklen, textoff;
		if (blank(l))
			continue;
		if (footnote_line(l, &mark, &marklen, &textoff)) {
			if (d->nnotes == cap)
				d->notes = frus_xrealloc(d->notes, (cap = cap ? cap * 2 : 16) * sizeof *d->notes);
			frus_footnote *f = &d->notes[d->nnotes++];
			f->n = frus_xstrndup(mark, marklen);
			f->line = l->no;
			f->npara = 1;
			f->paras = frus_xmalloc(sizeof *f->paras);
			f->paras[0] = (frus_span){ l->s + textoff, l->len - textoff, l->off + textoff, l->no };
			if (rc == 0 && f->paras[0].len == 0) {
				frus_error(d->src->name, l->no, 3, "footnote %s has no text", f->n);
				rc = FRUS_EXIT_INVALID;
			}
			continue;
		}
		/* an indented continuation paragraph of the current note */
		frus_footnote *f = &d->notes[d->nnotes - 1];
		size_t ind = indent(l);
		f->paras = frus_xrealloc(f->paras, (f->npara + 1) * sizeof *f->paras);
		f->paras[f->npara++] = (frus_span){ l->s + ind, l->len - ind, l->off + ind, l->no };
	}
	return rc;
}

/* Attachment heads: after a blank line, with something after them; never
 * in an editorial note (conventions 7). */
static unsigned char *
find_attheads(const frus_doc *d, const line *ls, size_t from, size_t end)
{
	unsigned char *att = frus_xmalloc(end + 1);
	memset(att, 0, end + 1);
	if (d->editorial)
		return att;
	for (size_t k = from + 1; k + 1 < end; k++)
		if (!blank(&ls[k]) && blank(&ls[k - 1]) && is_atthead(&ls[k]))
			att[k] = 1;
	return att;
}

/* A run of two or more lines showing column gaps, starting at k: its end,
 * or k when there is none. */
static size_t
gapped_run(const line *ls, size_t k, size_t end)
{
	size_t j = k;
	while (j < end && !blank(&ls[j]) && frus_table_gapped(ls[j].s, ls[j].len) &&
	       !starts(ls[j].s + indent(&ls[j]), ls[j].len - indent(&ls[j]), BULLET))
		j++;
	return j - k >= 2 ? j : k;
}

static void
classify_body(frus_doc *d, const line *ls, size_t from, size_t end)
{
	const frus_text *src = d->src;
	size_t cap = 0;
	unsigned char *att = find_attheads(d, ls, from, end);
	/* signatures close the body and each attachment (not editorial notes) */
	size_t *closer_end = frus_xmalloc((end + 1) * sizeof *closer_end);
	unsigned *names = frus_xmalloc((end + 1) * sizeof *names);
	int *close = frus_xmalloc((end + 1) * sizeof *close);
	memset(closer_end, 0, (end + 1) * sizeof *closer_end);
	for (size_t seg = from, k = from; !d->editorial && k <= end; k++) {
		if (k < end && !att[k])
			continue;
		size_t e = k;
		while (e > seg && blank(&ls[e - 1]))
			e--;
		unsigned nm;
		int cl;
		size_t r = e > seg ? closer_start(ls, seg, e, &nm, &cl) : e;
		if (r < e) {
			closer_end[r] = e;
			names[r] = nm;
			close[r] = cl;
		}
		seg = k + 1;
	}

	int blanks = 0, opening = 1;          /* opening: a dateline may come */
	for (size_t k = from; k < end; k++) {
		const line *l = &ls[k];
		if (blank(l)) {
			blanks++;
			continue;
		}
		frus_block b = { FRUS_B_P, l->s, l->len, l->off, l->no, 0, blanks, 0, 0, 0, 0 };
		if (d->nblocks == 0)
			d->blank_after_heading = blanks;
		blanks = 0;
		size_t ind = indent(l), run;
		frus_table tab;
		frus_dateline dl;
		if (closer_end[k]) {
			const line *last = &ls[closer_end[k] - 1];
			b.kind = FRUS_B_CLOSER;
			b.len = (size_t)(last->s + last->len - l->s);
			b.names = names[k];
			b.close = close[k];
			k = closer_end[k] - 1;
		} else if (ind > 0 && starts(l->s + ind, l->len - ind, BULLET)) {
			b.kind = FRUS_B_ITEM;
			b.depth = (int)(ind / 2) > 0 ? (int)(ind / 2) : 1;
			b.text = l->s + ind + strlen(BULLET);
			b.len = l->len - ind - strlen(BULLET);
			b.off = l->off + ind + strlen(BULLET);
		} else if ((run = gapped_run(ls, k, end)) > k) {
			const line *last = &ls[run - 1];
			size_t len = (size_t)(last->s + last->len - l->s);
			if (frus_table_parse(l->s, len, &tab)) {
				frus_table_free(&tab);
				b.kind = FRUS_B_TABLE;
				b.len = len;
				k = run - 1;
			} else {
				frus_warning(src->name, l->no, 1, "%zu lines look like a table but their "
				             "columns do not line up: kept as paragraphs", run - k);
			}
		} else if (ind > 0) {
			/* stray indentation: keep the text, say so */
			frus_warning(src->name, l->no, 1, "indented line read as a paragraph");
			b.text = l->s + ind;
			b.len = l->len - ind;
			b.off = l->off + ind;
		} else if (is_pb_line(l)) {
			b.kind = FRUS_B_PB;
		} else if (opening && frus_dateline_parse(l->s, l->len, &dl)) {
			b.kind = FRUS_B_DATELINE;
			if (dl.doubtful)
				frus_warning(src->name, l->no, 1, "dateline: a date or time that cannot be "
				             "normalised is kept as text without @when");
		} else if (att[k]) {
			b.kind = FRUS_B_ATTHEAD;
		} else if (l->len > 10 && starts(l->s, l->len, "[Source: ") && l->s[l->len - 1] == ']') {
			b.kind = FRUS_B_SOURCE;
		} else if (is_listhead(l) && k + 1 < end) {
			size_t j = k + 1;
			while (j < end && blank(&ls[j]))
				j++;
			if (j < end && starts(ls[j].s + indent(&ls[j]), ls[j].len - indent(&ls[j]), BULLET))
				b.kind = FRUS_B_LISTHEAD;
		} else if (is_label(l) && k + 1 < end && !blank(&ls[k + 1]) && indent(&ls[k + 1]) == 0) {
			b.kind = FRUS_B_LABEL;
			add_block(d, &cap, b);
			k++;
			l = &ls[k];
			b = (frus_block){ FRUS_B_LABELITEM, l->s, l->len, l->off, l->no, 0, 0, 0, 0, 0, 0 };
		} else if (is_salute(l)) {
			b.kind = FRUS_B_SALUTE;
		} else if (is_compclose(l)) {
			b.kind = FRUS_B_COMPCLOSE;
		} else if (is_section(l)) {
			b.kind = FRUS_B_SECTION;
		}
		if (b.kind == FRUS_B_P) {
			b.speaker = speaker_len(b.text, b.len);
			b.runin = runin_len(b.text, b.len);
		}
		/* a dateline may open the document and each attachment */
		opening = b.kind == FRUS_B_ATTHEAD || (opening && b.kind == FRUS_B_PB);
		add_block(d, &cap, b);
	}
	free(att);
	free(closer_end);
	free(names);
	free(close);
}

int
frus_blocks_parse(frus_doc *d, const frus_text *src)
{
	size_t nl;
	memset(d, 0, sizeof *d);
	d->src = src;
	line *ls = split_lines(src, &nl);

	size_t i = 0;
	while (i < nl && blank(&ls[i]))
		i++;
	if (i == nl) {
		frus_error(src->name, 1, 1, "no heading line: the text is empty");
		free(ls);
		return FRUS_EXIT_INVALID;
	}
	/* the heading */
	const line *h = &ls[i];
	d->heading = (frus_span){ h->s, h->len, h->off, h->no };
	d->title = d->heading;
	{
		size_t k = 0;
		while (k < h->len && isdig((unsigned char)h->s[k]))
			k++;
		if (k > 0 && k + 1 < h->len && h->s[k] == '.' && h->s[k + 1] == ' ') {
			d->number = frus_xstrndup(h->s, k);
			d->title = (frus_span){ h->s + k + 2, h->len - k - 2, h->off + k + 2, h->no };
		}
		if (indent(h) > 0 || is_pb_line(h))
			frus_warning(src->name, h->no, 1, "the first line does not look like a document heading");
	}
	const char *ed = "Editorial Note";
	size_t edl = strlen(ed);
	if (d->title.len >= edl && memcmp(d->title.text, ed, edl) == 0)
		d->editorial = 1;
	i++;

	/* the footnotes: the tail made only of footnote-ish lines that
	 * starts with "  1. " */
	size_t tail = nl;
	while (tail > i && footnote_ish(&ls[tail - 1]))
		tail--;
	size_t fn = nl;
	for (size_t k = tail; k < nl; k++) {
		const char *m;
		size_t ml, t;
		if (footnote_line(&ls[k], &m, &ml, &t)) {
			fn = k;
			break;
		}
	}
	int rc = 0;
	if (fn < nl)
		rc = parse_notes(d, ls, fn, nl);

	/* the body */
	size_t bodyend = fn;
	while (bodyend > i && blank(&ls[bodyend - 1]))
		bodyend--;
	classify_body(d, ls, i, bodyend);
	/* A speaker label counts only when it recurs: one "Note: …" is no
	 * dialogue. */
	for (size_t k = 0; k < d->nblocks; k++) {
		frus_block *b = &d->blocks[k];
		if (!b->speaker)
			continue;
		int seen = 0;
		for (size_t j = 0; j < d->nblocks && seen < 2; j++)
			if (d->blocks[j].speaker == b->speaker &&
			    memcmp(d->blocks[j].text, b->text, b->speaker) == 0)
				seen++;
		if (seen < 2 || !allowed_speaker(b->text, b->speaker))
			b->speaker = 0;
	}
	free(ls);
	return rc;
}

void
frus_doc_free(frus_doc *d)
{
	for (size_t i = 0; i < d->nnotes; i++) {
		free(d->notes[i].n);
		free(d->notes[i].paras);
	}
	free(d->notes);
	free(d->blocks);
	free(d->number);
	memset(d, 0, sizeof *d);
}

/* before/after newline needs of each kind; see text.xsl, which follows
 * the same table. */
static int
need_before(const frus_block *b)
{
	switch (b->kind) {
	case FRUS_B_ITEM: case FRUS_B_LABEL: case FRUS_B_LABELITEM: case FRUS_B_CLOSER:
		return 1;
	default:
		return 2;
	}
}

static int
need_after(const frus_block *b)
{
	return need_before(b);
}

int
frus_blocks_gap(const frus_block *prev, const frus_block *next)
{
	if (!prev)
		return 2;
	int a = need_after(prev), b = need_before(next);
	/* a nested list opens with a blank line after its parent item */
	if (prev->kind == FRUS_B_ITEM && next->kind == FRUS_B_ITEM && next->depth > prev->depth)
		b = 2;
	return a > b ? a : b;
}

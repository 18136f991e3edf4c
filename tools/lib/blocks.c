/* blocks.c — FRUS text to blocks (see blocks.h).
 *
 * The body is read as runs: lines with no blank line between them.  The
 * web copy puts a blank line around every paragraph-like block (a
 * paragraph, a list head, a table, a page break of its own) and none
 * between list items, a labelled list's entries, a closer's lines and a
 * table's rows.  So a run of several lines is a list, a labelled list, a
 * table, a closer, or one paragraph with line breaks; and a run of one
 * line is whatever its shape and place say.  Every decision is taken
 * here, from the evidence of shapes.c and of the line's place, and
 * recorded in the block (why) for --explain. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/blocks.h"
#include "frus/dateline.h"
#include "frus/err.h"
#include "frus/footnotes.h"
#include "frus/lines.h"
#include "frus/shapes.h"
#include "frus/table.h"

int frus_blocks_explain;

typedef struct {
	size_t a, b;        /* its lines [a, b) */
	int blank;          /* blank lines before it */
} run;

/* What a run starts: a new attachment, and how. */
enum { OPEN_NONE, OPEN_BRACKET, OPEN_HEAD, OPEN_AFTER_CLOSER };

typedef struct {
	frus_doc *d;
	const frus_line *ls;
	run *r;
	size_t nr;
	size_t cap;
	unsigned char *opens;   /* per run: OPEN_* */
	unsigned char *items;   /* per run: a run of list items */
	unsigned char *post;    /* per run: written under the closer (postscript) */
	unsigned char *head;    /* per run: the head of the attachment just opened */
	size_t *closer;         /* per run: 1 + the run's first closer line, or 0 */
	const char **closer_why;
	int tight_end;          /* the footnotes follow the last run directly */
} ctx;

const char *
frus_block_kind_name(enum frus_block_kind k)
{
	static const char *const names[] = {
		"paragraph", "section title", "dateline", "list head", "list item", "label",
		"labelled item", "page break", "closer", "attachment opener", "attachment head",
		"salutation", "complimentary close", "source line", "opener", "lines", "item paragraph",
		"table"
	};
	return (size_t)k < sizeof names / sizeof names[0] ? names[k] : "?";
}

static const frus_line *
first(const ctx *c, size_t r)
{
	return &c->ls[c->r[r].a];
}

static int
single(const ctx *c, size_t r)
{
	return c->r[r].b - c->r[r].a == 1;
}

static int
has_tab(const frus_line *l)
{
	return memchr(l->s, '\t', l->len) != NULL;
}

static void
add(ctx *c, frus_block b)
{
	frus_doc *d = c->d;
	if (d->nblocks == c->cap)
		d->blocks = frus_xrealloc(d->blocks, (c->cap = c->cap ? c->cap * 2 : 32) * sizeof *d->blocks);
	if (d->nblocks == 0)
		d->blank_after_heading = b.blank_before;
	d->blocks[d->nblocks++] = b;
}

static frus_block
block(enum frus_block_kind k, const frus_line *l, int blank, const char *why)
{
	frus_block b;
	memset(&b, 0, sizeof b);
	b.kind = k;
	b.text = l->s;
	b.len = l->len;
	b.off = l->off;
	b.line = l->no;
	b.blank_before = blank;
	b.why = why;
	return b;
}

/* The lines [a, b) as one block's text (they follow each other in the
 * buffer, '\n' apart; indentation of the first one excluded). */
static frus_block
span(enum frus_block_kind k, const ctx *c, size_t a, size_t b, int blank, const char *why)
{
	frus_block x = block(k, &c->ls[a], blank, why);
	const frus_line *last = &c->ls[b - 1];
	x.len = (size_t)(last->s + last->len - c->ls[a].s);
	return x;
}

/* --- attachments ---------------------------------------------------------- */

/* "[Enclosure]", "[Tab A]", "Enclosure 1": each opens an attachment
 * (conventions 7); never in an editorial note, never first, never last.
 * A title right after a bracketed opener is that attachment's head. */
static void
find_attachments(ctx *c)
{
	if (c->d->editorial)
		return;
	for (size_t r = 1; r + 1 < c->nr; r++) {
		if (!single(c, r))
			continue;
		const frus_line *l = first(c, r);
		int shape = frus_shape_atthead(l->s, l->len);
		if (shape == 2) {
			/* "[Enclosure]" over a title: the Office's opener, then the
			 * title as head; alone, the line is the head (conventions 7:
			 * "[Tab A]") */
			const frus_line *t = first(c, r + 1);
			if (single(c, r + 1) && !frus_line_is_page(t) && !frus_shape_atthead(t->s, t->len) &&
			    frus_shape_title_like(t->s, t->len) && !frus_shape_opener(t->s, t->len) && r + 2 < c->nr) {
				c->opens[r] = OPEN_BRACKET;
				c->head[r + 1] = 1;
			} else {
				c->opens[r] = OPEN_HEAD;
			}
		} else if (shape == 1) {
			c->opens[r] = OPEN_HEAD;
		}
	}
}

/* --- closers -------------------------------------------------------------- */

/* A line wholly in brackets: an editor's note ("[For text, see …]"). */
static int
bracketed(const frus_line *l)
{
	return l->len > 2 && l->s[0] == '[' && l->s[l->len - 1] == ']';
}

static int gapped(const frus_line *l);

/* The first line of the closer that ends the run r, or (size_t)-1.  end:
 * the run ends the document's body; after: the run before it is a
 * complimentary close ("I have [etc.]"). */
static size_t
closer_in(ctx *c, size_t r, int end, int after, const char **why)
{
	const run *x = &c->r[r];
	size_t a = x->a, n = x->b - x->a;
	if (c->items[r])
		return (size_t)-1;
	for (size_t k = a; k < x->b; k++)
		if (has_tab(&c->ls[k]) || c->ls[k].ind > 0 || (n > 1 && gapped(&c->ls[k])))
			return (size_t)-1;
	/* a labelled list may end in the closer ("1.", text, …, the name),
	 * page breaks between its entries */
	for (;;) {
		if (n >= 3 && frus_shape_label(c->ls[a].s, c->ls[a].len) &&
		    !frus_shape_label(c->ls[a + 1].s, c->ls[a + 1].len)) {
			a += 2;
			n -= 2;
		} else if (a > x->a && n >= 2 && frus_line_is_page(&c->ls[a])) {
			a++;
			n--;
		} else {
			break;
		}
	}
	if (a > x->a && n == 0)
		return (size_t)-1;
	if (n > FRUS_CLOSER_MAX)
		return (size_t)-1;
	/* a closer's lines are short: names, titles, a place and date; a
	 * labelled entry's text runs on */
	for (size_t k = a; k < x->b; k++)
		if (c->ls[k].len > 120 || frus_line_is_page(&c->ls[k]) ||
		    (n > 1 && frus_shape_label(c->ls[k].s, c->ls[k].len)))
			return (size_t)-1;
	int note = n == 1 && c->ls[a].len > 40 && bracketed(&c->ls[a]);
	if (end && c->tight_end && !note) {   /* an editor's note ("[For text, see …]") signs nothing */
		*why = "followed by the footnotes with no blank line: a closer's line";
		return a;
	}
	if (n >= 2) {
		*why = "short lines with no blank line between them end the text: a closer";
		return a;
	}
	const frus_line *l = &c->ls[a];
	int name = frus_shape_name(l->s, l->len);
	if (!name && frus_shape_name_part(l->s, l->len))
		name = 2;                 /* "P. C. Knox, Attorney-General." */
	if (name == 2) {
		*why = "a name ends the text: the signature";
		return a;
	}
	if (name == 1 && (end || after)) {
		*why = end ? "a capitalised word ends the document: the signer's name"
		           : "a capitalised word after a complimentary close: the signer's name";
		return a;
	}
	if (after && (frus_shape_date(l->s, l->len) || l->len < 40)) {
		*why = "a short line after a complimentary close";
		return a;
	}
	if (end && frus_shape_date(l->s, l->len)) {
		*why = "a place and date end the document: the closer's dateline";
		return a;
	}
	return (size_t)-1;
}

/* What may follow a closer in the same division: the addressee written
 * under it ("Hon. William H. Seward,", "Secretary of State, &c."), a
 * postscript. */
static int
post_closer(const ctx *c, size_t r)
{
	const frus_line *l = first(c, r);
	return (c->r[r].b - c->r[r].a <= 3 && frus_shape_addressee(l->s, l->len)) ||
	       frus_shape_postscript(l->s, l->len);
}

static int
skippable(const ctx *c, size_t r)
{
	return (single(c, r) && frus_line_is_page(first(c, r))) || post_closer(c, r);
}

static int
after_close(const ctx *c, size_t r)
{
	if (r == 0 || !single(c, r - 1))
		return 0;
	const frus_line *l = first(c, r - 1);
	return frus_shape_close(l->s, l->len);
}

/* The single line of run r is a signature with one more line after it,
 * the last: after a complimentary close; or before an editor's bracketed
 * note ("Straus", then "[For text of the agreement, see …]"); or a
 * name before a line too short to follow a heading ("Walt", then "Call
 * me"). */
static int
signs_before_postscript(const ctx *c, size_t r)
{
	const frus_line *l = first(c, r), *t = first(c, r + 1);
	if (!frus_shape_name_part(l->s, l->len))
		return 0;
	if (after_close(c, r))
		return 1;
	return bracketed(t) || (t->len < 40 && !frus_shape_section(l->s, l->len) && !frus_line_is_page(t));
}

/* The single line of run r is a name in capitals ("H. V. NOYES."): how
 * the older volumes print a signature, with or without a close above. */
static int
capitals_name(const ctx *c, size_t r)
{
	const frus_line *l = first(c, r);
	const char *type = NULL;
	if (!single(c, r) || frus_shape_name(l->s, l->len) != 2 || !memchr(l->s, ' ', l->len) ||
	    (frus_shape_listhead(l->s, l->len, &type) && type))
		return 0;
	size_t up = 0;
	for (size_t i = 0; i < l->len; i++) {
		if (l->s[i] >= 'a' && l->s[i] <= 'z')
			return 0;
		up += l->s[i] >= 'A' && l->s[i] <= 'Z';
	}
	return up >= 4;
}

/* Closers end the body and each attachment; a signature after a
 * complimentary close may also come before more text, which then is an
 * attachment of its own (conventions 7: only attachments follow the
 * closer). */
static void
find_closers(ctx *c)
{
	if (c->d->editorial)
		return;
	size_t s = 0;
	for (size_t e = 1; e <= c->nr; e++) {
		if (e < c->nr && c->opens[e] == OPEN_NONE) {
			/* a signature in mid-segment, after a complimentary close, with
			 * what an attachment opens with after it ("[Translation.]",
			 * "A.", a title); a letter quoted in the text has no such */
			const char *why;
			size_t k, nx = e + 1;
			while (nx < c->nr && skippable(c, nx))
				nx++;
			if (!(e > s + 1 && nx + 1 < c->nr && c->opens[nx] == OPEN_NONE &&
			      (after_close(c, e) || capitals_name(c, e)) &&
			      c->r[e].b - c->r[e].a <= 4 && single(c, nx) &&
			      frus_shape_name_part(first(c, e)->s, first(c, e)->len)))
				continue;
			const frus_line *t = first(c, nx), *t2 = first(c, nx + 1);
			int bracket = t->len > 2 && t->s[0] == '[' && memchr(t->s, ']', t->len) &&
			              t->s[t->len - 1] != ':' && t->len < 200;
			/* a title, a label ("A."), or a description over a label
			 * ("Copy of a section of the report …", then "B.") */
			int titled = frus_shape_title_like(t->s, t->len) || frus_shape_enclosure_label(t->s, t->len) ||
			             (nx + 2 < c->nr && single(c, nx + 1) && frus_shape_enclosure_label(t2->s, t2->len));
			if (!(bracket || titled) || (k = closer_in(c, e, 0, 1, &why)) == (size_t)-1)
				continue;
			c->closer[e] = k + 1;
			c->closer_why[e] = why;
			for (size_t p = e + 1; p < nx; p++)
				c->post[p] = post_closer(c, p);
			if (bracket && single(c, nx + 1) && nx + 2 < c->nr && frus_shape_title_like(t2->s, t2->len) &&
			    !frus_shape_opener(t2->s, t2->len)) {
				c->opens[nx] = OPEN_BRACKET;       /* "[Enclosure]" over a title */
				c->head[nx + 1] = 1;
			} else {
				c->opens[nx] = OPEN_AFTER_CLOSER;
				c->head[nx] = 1;
			}
			continue;
		}
		/* the segment [s, e): its last run, pages and postscripts aside */
		size_t r = e;
		while (r > s + 1 && skippable(c, r - 1))
			r--;
		if (r > s && !c->closer[r - 1]) {
			const char *why;
			size_t k = closer_in(c, r - 1, e == c->nr && r == c->nr, after_close(c, r - 1), &why);
			/* something must come before the closer: a run, or the
			 * labelled entries of its own run */
			if (k != (size_t)-1 && (r > s + 1 || k > c->r[r - 1].a)) {
				c->closer[r - 1] = k + 1;
				c->closer_why[r - 1] = why;
				for (size_t p = r; p < e; p++)
					c->post[p] = post_closer(c, p);
			} else if (r > s + 2 && single(c, r - 1) && single(c, r - 2) && first(c, r - 1)->len < 200 &&
			           signs_before_postscript(c, r - 2) &&
			           (k = closer_in(c, r - 2, 0, 1, &why)) != (size_t)-1) {
				/* a name, then one short line: the closer and a
				 * postscript ("Identical note sent to …", "Call me") */
				c->closer[r - 2] = k + 1;
				c->closer_why[r - 2] = after_close(c, r - 2) ? why :
				                       "a name with one short line or an editor's note after it: "
				                       "the signature, then a postscript";
				for (size_t p = r - 1; p < e; p++)
					c->post[p] = 1;
			}
		}
		s = e;
	}
}

/* Roles of the closer's lines [a, b): a name (several: several signers),
 * titles and a date under it, a close right above it, other lines the
 * closer's own text.  Lines that are fragments ("[", "erican") make the
 * whole closer text. */
/* A line that is a piece of something ("[", "erican"): no letter, or a
 * small letter first. */
static int
fragment(const frus_line *l)
{
	size_t letters = 0;
	for (size_t i = 0; i < l->len; i++)
		letters += (l->s[i] >= 'a' && l->s[i] <= 'z') || (l->s[i] >= 'A' && l->s[i] <= 'Z') ||
		           (unsigned char)l->s[i] >= 0xC3;
	return letters == 0 || (l->s[0] >= 'a' && l->s[0] <= 'z');
}

/* "CWH", "RWK": initials run together, no name */
static int
initials_only(const frus_line *l)
{
	if (l->len < 2 || l->len > 5)
		return 0;
	for (size_t i = 0; i < l->len; i++)
		if (!(l->s[i] >= 'A' && l->s[i] <= 'Z'))
			return 0;
	return 1;
}

static void
closer_roles(const ctx *c, size_t a, size_t b, frus_block *x)
{
	size_t n = b - a, firstname = n;
	x->nlines = (int)n;
	for (size_t i = 0; n > 1 && i < n; i++)
		if (fragment(&c->ls[a + i])) {
			for (size_t k = 0; k < n; k++)
				x->role[k] = FRUS_CL_TEXT;
			x->why = "closer lines that are pieces of a line: kept as the closer's text";
			return;
		}
	for (size_t i = 0; i < n; i++) {
		const frus_line *l = &c->ls[a + i];
		int name = frus_shape_name(l->s, l->len), title = frus_shape_title(l->s, l->len);
		if (!name && frus_shape_name_part(l->s, l->len))
			name = 2, title = 0;
		int date = frus_shape_date(l->s, l->len), close = frus_shape_close(l->s, l->len);
		unsigned char role = FRUS_CL_TEXT;
		if (firstname == n) {
			if (close && i + 1 < n) {
				role = FRUS_CL_SALUTE;
			} else if (name >= 1 && !title && !date && (name == 2 || n == 1 || l->s[l->len - 1] != ':')) {
				role = FRUS_CL_NAME;
				firstname = i;
			} else if (date) {
				role = FRUS_CL_DATE;
			} else if (!(l->len && (l->s[l->len - 1] == ':' || l->s[l->len - 1] == ',')) &&
			           !title && !date && n > 1) {
				/* neither name nor lead-in: fragments, all text */
				for (size_t k = 0; k < n; k++)
					x->role[k] = FRUS_CL_TEXT;
				x->why = "closer lines that are no name: kept as the closer's text";
				return;
			}
		} else if (date) {
			role = FRUS_CL_DATE;
		} else if (title) {
			role = FRUS_CL_TITLE;
		} else if (name >= 1 && !initials_only(l)) {
			role = FRUS_CL_NAME;
		}
		/* initials under a signature ("CWH") are the drafter's: text */
		x->role[i] = role;
	}
	/* a salute only right above the name */
	for (size_t i = 0; i + 1 < n; i++)
		if (x->role[i] == FRUS_CL_SALUTE && x->role[i + 1] != FRUS_CL_NAME)
			x->role[i] = FRUS_CL_TEXT;
}

/* --- lists ---------------------------------------------------------------- */

/* The items of consecutive runs of bullets (blank lines between runs open
 * nested lists on the page): their depths.  With indentation kept, depth
 * is the rank of the indentation; with none (a stripped copy), a run's
 * last item is the parent of the next run's items. */
static void
item_depths(const ctx *c, size_t r0, size_t r1, int *depth)
{
	size_t ind[16], nind = 0, items = 0, singles = 0;
	for (size_t r = r0; r < r1; r++) {
		size_t k = 0;
		for (size_t i = c->r[r].a; i < c->r[r].b; i++) {
			const frus_line *l = &c->ls[i];
			if (!l->bullet)
				continue;
			k++;
			size_t j = 0;
			while (j < nind && ind[j] != l->ind)
				j++;
			if (j == nind && nind < 16)
				ind[nind++] = l->ind;
		}
		items += k;
		singles += k == 1;
	}
	/* sort the indentations */
	for (size_t i = 1; i < nind; i++)
		for (size_t j = i; j > 0 && ind[j - 1] > ind[j]; j--) {
			size_t t = ind[j];
			ind[j] = ind[j - 1];
			ind[j - 1] = t;
		}
	int flat = nind <= 1 && r1 - r0 > 1 && singles < r1 - r0;
	size_t out = 0;
	for (size_t r = r0; r < r1; r++)
		for (size_t i = c->r[r].a; i < c->r[r].b; i++) {
			const frus_line *l = &c->ls[i];
			if (!l->bullet)
				continue;
			int dpt = 1;
			if (!flat) {
				size_t j = 0;
				while (j < nind && ind[j] != l->ind)
					j++;
				dpt = (int)j + 1;
			} else if (r > r0) {
				dpt = (i + 1 == c->r[r].b && r + 1 < r1) ? 1 : 2;
			}
			depth[out++] = dpt;
		}
	(void)items;
}

/* --- one run --------------------------------------------------------------- */

static int
all(const ctx *c, size_t r, int (*pred)(const frus_line *))
{
	for (size_t i = c->r[r].a; i < c->r[r].b; i++)
		if (!pred(&c->ls[i]))
			return 0;
	return 1;
}

static int
bullet_or_page(const frus_line *l)
{
	return l->bullet || frus_line_is_page(l);
}

/* Runs of list items.  The page indents items and lists them with no
 * blank line between them; a bullet at the margin of a line standing
 * alone is a paragraph's own first character ("• The non-oil …"), unless
 * a list head or other items come right before it, or the whole copy
 * lost its indentation. */
static void
find_items(ctx *c)
{
	for (size_t r = 0; r < c->nr; r++) {
		if (!all(c, r, bullet_or_page))
			continue;
		const frus_line *l = NULL;
		size_t bullets = 0;
		for (size_t i = c->r[r].a; i < c->r[r].b; i++)
			if (c->ls[i].bullet) {
				bullets++;
				if (!l)
					l = &c->ls[i];
			}
		if (!l)
			continue;
		const char *type;
		int after_head = r > 0 && single(c, r - 1) &&
		                 frus_shape_listhead(first(c, r - 1)->s, first(c, r - 1)->len, &type);
		c->items[r] = l->ind > 0 || bullets >= 2 || after_head || (r > 0 && c->items[r - 1]);
	}
}

static int
tabbed(const frus_line *l)
{
	return has_tab(l) || frus_line_is_page(l);
}

/* A table's rows: every line holds a tab, but for page breaks and a row
 * whose empty first cell a stripped copy lost with its tab. */
static int
most_tabbed(const ctx *c, size_t r)
{
	size_t tabs = 0, n = c->r[r].b - c->r[r].a;
	for (size_t i = c->r[r].a; i < c->r[r].b; i++)
		tabs += tabbed(&c->ls[i]);
	return 2 * tabs >= n;
}

static int
gapped(const frus_line *l)
{
	return frus_table_gapped(l->s - l->ind, l->len + l->ind) && !l->bullet;
}

static int
opening_kind(enum frus_block_kind k)
{
	return k == FRUS_B_PB || k == FRUS_B_SOURCE || k == FRUS_B_DATELINE || k == FRUS_B_OPENER ||
	       k == FRUS_B_ATTOPEN || k == FRUS_B_ATTHEAD;
}

/* A footnote that begins "Source:": the document's source note is that
 * (modern volumes), not a file-number line before the text. */
static int
has_source_note(const frus_doc *d)
{
	for (size_t k = 0; k < d->nnotes; k++)
		if (d->notes[k].paras[0].len >= 7 && memcmp(d->notes[k].paras[0].text, "Source:", 7) == 0)
			return 1;
	return 0;
}

/* A run of one line: its shape, and its place (zone: nothing but the
 * opening of the document or attachment came before it; first: the
 * first run of the body). */
static frus_block
one_line(ctx *c, size_t r, int zone)
{
	const frus_line *l = first(c, r);
	int blank = c->r[r].blank;
	frus_dateline dl;
	const char *type;
	if (frus_line_is_page(l))
		return block(FRUS_B_PB, l, blank, "[Page N] alone: a page break");
	if (r == 0 && frus_shape_source(l->s, l->len) && !has_source_note(c->d))
		return block(FRUS_B_SOURCE, l, blank, "a file number or archive before the text: the source line");
	if (l->len > 10 && l->s[0] == '[' && memcmp(l->s, "[Source: ", 9) == 0 && l->s[l->len - 1] == ']')
		return block(FRUS_B_SOURCE, l, blank, "[Source: …]: a document withheld in full");
	if (zone && frus_dateline_parse(l->s, l->len, &dl)) {
		frus_block b = block(FRUS_B_DATELINE, l, blank, "a place and date opening the text");
		if (dl.doubtful)
			frus_warning(c->d->src->name, l->no, 1, "dateline: a date or time that cannot be "
			             "normalised is kept as text without @when");
		return b;
	}
	if (zone && frus_shape_opener(l->s, l->len)) {
		frus_block b = block(FRUS_B_OPENER, l, blank, "a number, classification or bracketed note before the text");
		b.smallcaps = frus_shape_classification(l->s, l->len) && frus_shape_smallcaps(l->s, l->len);
		return b;
	}
	if (frus_shape_listhead(l->s, l->len, &type) && r + 1 < c->nr && c->items[r + 1]) {
		frus_block b = block(FRUS_B_LISTHEAD, l, blank, "a head in capitals over list items");
		b.ltype = type;
		return b;
	}
	if (frus_shape_salute(l->s, l->len))
		return block(FRUS_B_SALUTE, l, blank, "a salutation");
	if (frus_shape_close(l->s, l->len))
		return block(FRUS_B_COMPCLOSE, l, blank, "a complimentary close");
	if (frus_shape_section(l->s, l->len))
		return block(FRUS_B_SECTION, l, blank, "a run-in section title");
	int heading = frus_shape_heading(l->s, l->len);
	if (heading && r + 1 < c->nr && !c->closer[r]) {
		frus_block b = block(FRUS_B_SECTION, l, blank,
		                     heading == 3 ? "a short line all in lower case alone, text after it: "
		                                    "a centred heading in small capitals" :
		                     heading == 2 ? "a roman numeral or capitals alone, text after it: a centred heading" :
		                                    "a short line in title case alone, text after it: a heading");
		b.rend = heading >= 2 ? "center" : "sectiontitleital";
		b.smallcaps = heading == 3;
		return b;
	}
	frus_block b = block(FRUS_B_P, l, blank, "a line between blank lines: a paragraph");
	b.speaker = frus_shape_speaker(b.text, b.len);
	b.runin = frus_shape_runin(b.text, b.len);
	return b;
}

/* Lines of a run that are neither items nor labels nor rows: the first
 * as a paragraph, the others continuing it (line breaks kept). */
static void
lines_block(ctx *c, size_t a, size_t b, int blank)
{
	if (b - a == 1) {
		frus_block x = block(FRUS_B_P, &c->ls[a], blank, "a line of a run of list lines: a paragraph");
		add(c, x);
		return;
	}
	add(c, span(FRUS_B_LINES, c, a, b, blank, "lines with no blank line between them, not a "
	            "list, table or closer: one paragraph with line breaks"));
}

/* The run r (not a closer): items, a labelled list, a table, lines. */
static void
classify_run(ctx *c, size_t r, size_t upto, int *zone, const int *depth, size_t *di)
{
	const run *x = &c->r[r];
	size_t a = x->a, b = upto;
	int blank = x->blank;
	if (a >= b)
		return;
	if (c->items[r]) {
		for (size_t i = a; i < b; i++) {
			const frus_line *l = &c->ls[i];
			if (!l->bullet) {
				add(c, block(FRUS_B_PB, l, 0, "[Page N] among list items"));
				continue;
			}
			frus_block it = block(FRUS_B_ITEM, l, i == a ? blank : 0, "a line with a bullet: a list item");
			it.text = l->s + l->bullet;
			it.len = l->len - l->bullet;
			it.off = l->off + l->bullet;
			it.depth = depth[(*di)++];
			add(c, it);
		}
		*zone = 0;
		return;
	}
	if (has_tab(&c->ls[a]) && most_tabbed(c, r)) {
		add(c, span(FRUS_B_TABLE, c, a, b, blank, "lines with cells apart by tabs: a table"));
		*zone = 0;
		return;
	}
	if (b - a >= 2 && all(c, r, gapped)) {
		frus_table t;
		frus_block tb = span(FRUS_B_TABLE, c, a, b, blank, "lines with aligned columns: a table");
		tb.text -= c->ls[a].ind;
		tb.off -= c->ls[a].ind;
		tb.len += c->ls[a].ind;
		if (frus_table_parse(tb.text, tb.len, &t)) {
			frus_table_free(&t);
			add(c, tb);
			*zone = 0;
			return;
		}
		frus_warning(c->d->src->name, c->ls[a].no, 1, "%zu lines look like a table but their "
		             "columns do not line up: kept as lines of text", b - a);
	}
	if (b - a == 1) {
		const frus_line *l = first(c, r);
		enum frus_block_kind last = c->d->nblocks ? c->d->blocks[c->d->nblocks - 1].kind : FRUS_B_P;
		if (l->ind >= 4 && !l->bullet && (last == FRUS_B_ITEM || last == FRUS_B_LABELITEM ||
		                                  last == FRUS_B_ITEMPARA)) {
			add(c, block(FRUS_B_ITEMPARA, l, blank, "indented under a list item, between blank "
			             "lines: a further paragraph of the item"));
			return;
		}
		frus_block one = one_line(c, r, *zone);
		if (l->ind > 0 && one.kind == FRUS_B_P) {
			frus_warning(c->d->src->name, l->no, 1, "indented line read as a paragraph");
		}
		if (one.kind == FRUS_B_P && l->bullet)
			frus_warning(c->d->src->name, l->no, 1, "a line that starts with a bullet read as a "
			             "paragraph: it stands alone at the margin, where list items are indented "
			             "and follow each other");
		add(c, one);
		*zone = *zone && opening_kind(one.kind);
		return;
	}
	/* a labelled list: "1." then its text; more lines of an entry's text
	 * ("(2)", then paragraphs); page breaks between entries */
	size_t i = a;
	int entry = 0;
	/* a page break may come first, between this run's entries and the
	 * list's earlier ones */
	if (i + 2 < b && frus_line_is_page(&c->ls[i]) && frus_shape_label(c->ls[i + 1].s, c->ls[i + 1].len) &&
	    !frus_shape_label(c->ls[i + 2].s, c->ls[i + 2].len)) {
		add(c, block(FRUS_B_PB, &c->ls[i], blank, "[Page N] before a labelled entry"));
		i++;
		blank = 0;
		a = i;
	}
	while (i < b) {
		const frus_line *l = &c->ls[i];
		if (i + 1 < b && frus_shape_label(l->s, l->len) &&
		    !frus_shape_label(c->ls[i + 1].s, c->ls[i + 1].len) && !frus_line_is_page(&c->ls[i + 1])) {
			add(c, block(FRUS_B_LABEL, l, i == a ? blank : 0, "a number alone, then its text: a label"));
			add(c, block(FRUS_B_LABELITEM, &c->ls[i + 1], 0, "the text after a label"));
			i += 2;
			entry = 1;
		} else if (entry && i + 2 < b && frus_line_is_page(l) &&
		           frus_shape_label(c->ls[i + 1].s, c->ls[i + 1].len)) {
			add(c, block(FRUS_B_PB, l, 0, "[Page N] between a labelled list's entries"));
			i++;
		} else if (entry && !frus_shape_label(l->s, l->len) && !frus_line_is_page(l)) {
			add(c, block(FRUS_B_LABELITEM, l, 0, "a further line of a labelled entry"));
			i++;
		} else {
			break;
		}
	}
	if (i < b) {
		if (*zone && i == a && b - a <= 3) {
			add(c, span(FRUS_B_OPENER, c, a, b, blank, "lines before the text: the opener"));
			return;
		}
		for (size_t k = i; k < b; k++)
			if (c->ls[k].ind > 0 && !c->ls[k].bullet)
				frus_warning(c->d->src->name, c->ls[k].no, 1, "indented line read as a paragraph");
		lines_block(c, i, b, i == a ? blank : 0);
	}
	*zone = 0;
}

static void
runs_of(ctx *c, size_t from, size_t end)
{
	size_t cap = 16;
	c->r = frus_xmalloc(cap * sizeof *c->r);
	c->nr = 0;
	int blank = 0;
	for (size_t k = from; k < end;) {
		if (frus_line_blank(&c->ls[k])) {
			blank++;
			k++;
			continue;
		}
		size_t e = k;
		while (e < end && !frus_line_blank(&c->ls[e]))
			e++;
		if (c->nr == cap)
			c->r = frus_xrealloc(c->r, (cap *= 2) * sizeof *c->r);
		c->r[c->nr++] = (run){ k, e, blank };
		blank = 0;
		k = e;
	}
}

static void
classify_body(frus_doc *d, const frus_line *ls, size_t from, size_t end, int tight_end)
{
	ctx c;
	memset(&c, 0, sizeof c);
	c.d = d;
	c.ls = ls;
	c.tight_end = tight_end;
	runs_of(&c, from, end);
	size_t nr = c.nr ? c.nr : 1;
	c.opens = frus_xmalloc(nr);
	c.items = frus_xmalloc(nr);
	memset(c.items, 0, nr);
	c.post = frus_xmalloc(nr);
	memset(c.post, 0, nr);
	c.head = frus_xmalloc(nr);
	c.closer = frus_xmalloc(nr * sizeof *c.closer);
	c.closer_why = frus_xmalloc(nr * sizeof *c.closer_why);
	memset(c.opens, 0, nr);
	memset(c.head, 0, nr);
	memset(c.closer, 0, nr * sizeof *c.closer);
	find_items(&c);
	find_attachments(&c);
	find_closers(&c);

	/* depths of every item, list by list (consecutive runs of items) */
	size_t nitems = 0;
	for (size_t i = from; i < end; i++)
		nitems += ls[i].bullet != 0;
	int *depth = frus_xmalloc((nitems ? nitems : 1) * sizeof *depth);
	for (size_t r = 0, di = 0; r < c.nr;) {
		if (!c.items[r]) {
			r++;
			continue;
		}
		size_t e = r + 1;
		while (e < c.nr && c.items[e])
			e++;
		item_depths(&c, r, e, depth + di);
		for (size_t k = r; k < e; k++)
			for (size_t i = c.r[k].a; i < c.r[k].b; i++)
				di += ls[i].bullet != 0;
		r = e;
	}

	int zone = 1;
	size_t di = 0;
	for (size_t r = 0; r < c.nr; r++) {
		const frus_line *l = first(&c, r);
		if (c.opens[r] == OPEN_BRACKET || c.opens[r] == OPEN_HEAD) {
			frus_block b = block(c.opens[r] == OPEN_BRACKET ? FRUS_B_ATTOPEN : FRUS_B_ATTHEAD, l,
			                     c.r[r].blank, c.opens[r] == OPEN_BRACKET ?
			                     "[Enclosure], [Tab A] …: an attachment opens" :
			                     "Enclosure, Tab A …: an attachment's head");
			b.opens = 1;
			add(&c, b);
			zone = 1;
			continue;
		}
		if (c.head[r]) {
			frus_block b = block(FRUS_B_ATTHEAD, l, c.r[r].blank, c.opens[r] == OPEN_AFTER_CLOSER ?
			                     "a title after the closer: an attachment's head" :
			                     "a title after the attachment's opener: its head");
			b.opens = c.opens[r] == OPEN_AFTER_CLOSER;
			add(&c, b);
			zone = 1;
			continue;
		}
		if (c.opens[r] == OPEN_AFTER_CLOSER)
			zone = 1;
		size_t cl = c.closer[r] ? c.closer[r] - 1 : c.r[r].b, before = d->nblocks;
		classify_run(&c, r, cl, &zone, depth, &di);
		for (size_t k = before; c.post[r] && k < d->nblocks; k++) {
			d->blocks[k].postscript = 1;
			d->blocks[k].why = "written under the closer: a postscript";
		}
		if (c.opens[r] == OPEN_AFTER_CLOSER && d->nblocks > before) {
			d->blocks[before].opens = 1;
			d->blocks[before].why = "text after the closer: an attachment";
		}
		if (c.closer[r]) {
			frus_block x = span(FRUS_B_CLOSER, &c, cl, c.r[r].b, cl == c.r[r].a ? c.r[r].blank : 0,
			                    c.closer_why[r]);
			closer_roles(&c, cl, c.r[r].b, &x);
			add(&c, x);
		}
	}
	free(depth);
	free(c.opens);
	free(c.items);
	free(c.post);
	free(c.head);
	free(c.closer);
	free(c.closer_why);
	free(c.r);
}

int
frus_blocks_parse(frus_doc *d, const frus_text *src)
{
	size_t nl;
	memset(d, 0, sizeof *d);
	d->src = src;
	frus_line *ls = frus_lines_split(src, &nl);

	size_t i = 0;
	while (i < nl && frus_line_blank(&ls[i]))
		i++;
	if (i == nl) {
		frus_error(src->name, 1, 1, "no heading line: the text is empty");
		free(ls);
		return FRUS_EXIT_INVALID;
	}
	/* the heading: its first line, and any that follow it directly (the
	 * page puts a blank line after the head; "No. 170." over the title is
	 * one head with a line break) */
	const frus_line *h = &ls[i];
	size_t hl = 1, t;
	while (hl < 3 && i + hl < nl && !frus_line_blank(&ls[i + hl]) && !ls[i + hl].bullet &&
	       !(ls[i + hl].ind == 2 && frus_mark_line(ls[i + hl].s, ls[i + hl].len, &t)))
		hl++;
	if (hl > 1 && i + hl < nl && !frus_line_blank(&ls[i + hl]))
		hl = 1;                   /* a run of lines with no blank line at all: no head of that kind */
	d->heading = (frus_span){ h->s, (size_t)(ls[i + hl - 1].s + ls[i + hl - 1].len - h->s), h->off, h->no };
	d->title = d->heading;
	{
		size_t k = 0;
		while (k < h->len && h->s[k] >= '0' && h->s[k] <= '9')
			k++;
		if (k > 0 && k + 1 < h->len && h->s[k] == '.' && h->s[k + 1] == ' ') {
			d->number = frus_xstrndup(h->s, k);
			d->title = (frus_span){ h->s + k + 2, d->heading.len - k - 2, h->off + k + 2, h->no };
		}
		if (h->ind > 0 || frus_line_is_page(h))
			frus_warning(src->name, h->no, 1, "the first line does not look like a document heading");
	}
	const char *ed = "Editorial Note";
	size_t edl = strlen(ed);
	if (d->title.len >= edl && memcmp(d->title.text, ed, edl) == 0)
		d->editorial = 1;
	i += hl;

	int rc = 0;
	frus_footnotes fl = { src->name, d->heading, NULL, 0 };
	size_t fn = frus_footnotes_find(&fl, ls, i, nl, &rc);
	d->notes = fl.notes;
	d->nnotes = fl.nnotes;
	size_t bodyend = fn;
	while (bodyend > i && frus_line_blank(&ls[bodyend - 1]))
		bodyend--;
	classify_body(d, ls, i, bodyend, fn < nl && bodyend == fn && bodyend > i);

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
		if (seen < 2)
			b->speaker = 0;
	}
	if (frus_blocks_explain)
		for (size_t k = 0; k < d->nblocks; k++)
			frus_info(src->name, d->blocks[k].line, "%s: %s", frus_block_kind_name(d->blocks[k].kind),
			          d->blocks[k].why ? d->blocks[k].why : "");
	free(ls);
	return rc;
}

void
frus_doc_free(frus_doc *d)
{
	frus_footnotes_free(d->notes, d->nnotes);
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

int
frus_blocks_gap(const frus_block *prev, const frus_block *next)
{
	if (!prev)
		return 2;
	int a = need_before(prev), b = need_before(next);
	/* a nested list opens with a blank line after its parent item */
	if (prev->kind == FRUS_B_ITEM && next->kind == FRUS_B_ITEM && next->depth > prev->depth)
		b = 2;
	return a > b ? a : b;
}

/* tei.c — blocks to a FRUS TEI tree (see tei.h).
 *
 * Inline text is cut at three kinds of events: footnote markers (found by
 * notes.c over the whole document), "[Page N]" page breaks, and
 * declassification excisions.  Everything else is kept as text, so the
 * text transform can give back the input byte for byte. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/dateline.h"
#include "frus/lines.h"
#include "frus/shapes.h"
#include "frus/err.h"
#include "frus/notes.h"
#include "frus/table.h"
#include "frus/xref.h"
#include "frus/tei.h"

typedef struct {
	const frus_doc *doc;
	const char *id;           /* document div id */
	xmlNsPtr ns;
	xmlNsPtr fns;             /* frus: */
	frus_marker *markers;     /* per note, in order */
	size_t *repeat;           /* per note: earlier notes with the same mark */
	size_t nmarkers;
	size_t mi;                /* next marker to place */
	char **pb_ids;            /* page ids used so far */
	size_t npb;
	int failed;
} ctx;

static xmlNodePtr
elem(ctx *c, xmlNodePtr parent, const char *name)
{
	return xmlNewChild(parent, c->ns, BAD_CAST name, NULL);
}

static void
text(xmlNodePtr parent, const char *s, size_t n)
{
	if (n)
		xmlAddChild(parent, xmlNewTextLen((const xmlChar *)s, (int)n));
}

static void
set(xmlNodePtr e, const char *name, const char *value)
{
	xmlSetProp(e, BAD_CAST name, BAD_CAST value);
}

/* Where a block's text goes: inside hi rend="smallcaps" when it was
 * printed so, as the Office keeps such text (lower case in the hi). */
static xmlNodePtr
smallcaps(ctx *c, xmlNodePtr parent, const frus_block *b)
{
	if (!b->smallcaps)
		return parent;
	xmlNodePtr hi = elem(c, parent, "hi");
	set(hi, "rend", "smallcaps");
	return hi;
}

/* A page break that ends an attachment falls between it and what follows
 * (conventions: only front, body and back start or end with one), as the
 * Office places "[Page 82]" between two enclosures.  One that ends the
 * document stays in it, as in the Office's documents: outside, the
 * document's own text would lose it. */
static void
pb_after_end(xmlNodePtr e)
{
	xmlNodePtr last = xmlGetLastChild(e);
	if (last && last->type == XML_ELEMENT_NODE && xmlStrEqual(last->name, BAD_CAST "pb")) {
		xmlUnlinkNode(last);
		xmlAddNextSibling(e, last);
	}
}

static void
pb_between(xmlNodePtr div)
{
	for (xmlNodePtr k = div->children, next; k; k = next) {
		next = k->next;
		if (k->type == XML_ELEMENT_NODE && xmlStrEqual(k->name, BAD_CAST "attachment"))
			pb_after_end(k);
	}
}

/* Running text with its cross-references as <ref>. */
static void
refs_text(ctx *c, xmlNodePtr parent, const char *s, size_t n)
{
	frus_xref x[16];
	size_t p = 0, k;
	while (p < n && (k = frus_xref_scan(s + p, n - p, x, 16)) > 0) {
		size_t base = p;
		for (size_t i = 0; i < k; i++) {
			text(parent, s + p, base + x[i].off - p);
			xmlNodePtr r = elem(c, parent, "ref");
			set(r, "target", x[i].target);
			text(r, s + base + x[i].off, x[i].len);
			p = base + x[i].off + x[i].len;
		}
	}
	text(parent, s + p, n - p);
}

/* Plain text, with "[N lines not declassified]" excisions in italics
 * (conventions 6: the brackets stay outside the hi). */
static void
plain(ctx *c, xmlNodePtr parent, const char *s, size_t n)
{
	static const char tag[] = "not declassified]";
	const size_t tl = sizeof tag - 1;
	const char *p = s, *q = s, *end = s + n;
	while (q < end) {
		const char *open = memchr(q, '[', (size_t)(end - q));
		if (!open)
			break;
		const char *close = memchr(open, ']', (size_t)(end - open));
		if (!close)
			break;
		if ((size_t)(close + 1 - open) > tl && close - open < 120 &&
		    memcmp(close + 1 - tl, tag, tl) == 0 && !memchr(open + 1, '[', (size_t)(close - open - 1))) {
			refs_text(c, parent, p, (size_t)(open + 1 - p));
			xmlNodePtr hi = elem(c, parent, "hi");
			set(hi, "rend", "italic");
			text(hi, open + 1, (size_t)(close - open - 1));
			p = q = close;
			continue;
		}
		q = open + 1;
	}
	refs_text(c, parent, p, (size_t)(end - p));
}

static void
page_break(ctx *c, xmlNodePtr parent, const char *n, size_t nlen, long line)
{
	char id[64];
	size_t k = 0;
	k += (size_t)snprintf(id, sizeof id, "pg_");
	for (size_t i = 0; i < nlen && k + 1 < sizeof id - 8; i++) {
		unsigned char ch = (unsigned char)n[i];
		if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' || ch == '_')
			id[k++] = (char)ch;
	}
	id[k] = '\0';
	for (size_t i = 0; i < c->npb; i++)
		if (strcmp(c->pb_ids[i], id) == 0) {
			frus_warning(c->doc->src->name, line, 0, "page %.*s occurs twice; the second page break gets id %s_%zu",
			             (int)nlen, n, id, c->npb);
			snprintf(id + k, sizeof id - k, "_%zu", c->npb);
			break;
		}
	c->pb_ids = frus_xrealloc(c->pb_ids, (c->npb + 1) * sizeof *c->pb_ids);
	c->pb_ids[c->npb++] = frus_xstrdup(id);
	xmlNodePtr pb = elem(c, parent, "pb");
	char *nv = frus_xstrndup(n, nlen);
	set(pb, "n", nv);
	free(nv);
	set(pb, "xml:id", id);
}

static void note(ctx *c, xmlNodePtr parent, size_t k, int in_head);

/* Notes whose marker was not found follow the note before them. */
static void
unplaced(ctx *c, xmlNodePtr parent, int in_head)
{
	while (c->mi < c->nmarkers && c->markers[c->mi].len == 0) {
		/* consecutive notes are kept apart by a space (conventions 8,
		 * rule 22) */
		if (parent->last && parent->last->type == XML_ELEMENT_NODE &&
		    strcmp((const char *)parent->last->name, "note") == 0)
			text(parent, " ", 1);
		note(c, parent, c->mi, in_head);
		c->mi++;
	}
}

/* Text s[0..n) of segment seg (whose first byte is at segment offset base):
 * markers and page breaks become elements. */
static void
inline_text(ctx *c, xmlNodePtr parent, size_t seg, const char *s, size_t n, size_t base, long line)
{
	const char *p = s, *end = s + n;
	while (p < end) {
		size_t mo = (size_t)-1;
		if (c->mi < c->nmarkers && c->markers[c->mi].len && c->markers[c->mi].seg == seg) {
			size_t off = c->markers[c->mi].off;
			if (off >= base && off < base + n)
				mo = off - base;
		}
		size_t pblen = 0, nlen = 0;
		const char *pn = NULL;
		const char *pg = frus_find_page(p, (size_t)(end - p), &pblen, &pn, &nlen);
		size_t po = pg ? (size_t)(pg - s) : (size_t)-1;
		size_t here = (size_t)(p - s);
		if (mo != (size_t)-1 && mo >= here && (po == (size_t)-1 || mo < po)) {
			plain(c, parent, p, mo - here);
			note(c, parent, c->mi, seg == 0);
			p = s + mo + c->markers[c->mi].len;
			c->mi++;
			unplaced(c, parent, seg == 0);
		} else if (pg) {
			plain(c, parent, p, (size_t)(pg - p));
			page_break(c, parent, pn, nlen, line);
			p = pg + pblen;
		} else {
			plain(c, parent, p, (size_t)(end - p));
			p = end;
		}
	}
}

static int
begins(const frus_span *sp, const char *w)
{
	size_t n = strlen(w);
	return sp->len >= n && memcmp(sp->text, w, n) == 0;
}

/* Note text: no markers inside, but page breaks may be. */
static void
note_text(ctx *c, xmlNodePtr parent, const frus_span *sp)
{
	size_t save = c->mi;
	c->mi = c->nmarkers;
	inline_text(c, parent, (size_t)-1, sp->text, sp->len, 0, sp->line);
	c->mi = save;
}

/* The id part of a footnote mark: an xml:id cannot hold "*" or "†"
 * (conventions 2 show letters, d9fna; symbols get their names). */
static const char *
mark_id(const char *n)
{
	static const char *const names[][2] = {
		{ "*", "ast" }, { "\xE2\x80\xA0", "dagger" }, { "\xE2\x80\xA1", "ddagger" },
		{ "\xC2\xA7", "sect" }, { "\xE2\x80\x96", "par" }, { "\xC2\xB6", "pilcrow" },
		{ "#", "hash" }
	};
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
		if (strcmp(n, names[k][0]) == 0)
			return names[k][1];
	return n;
}

static void
note(ctx *c, xmlNodePtr parent, size_t k, int in_head)
{
	const frus_footnote *f = &c->doc->notes[k];
	/* a parent holding elements only ("signed": persName, note) would be
	 * indented on output, putting white space before the note (an error
	 * of the Office's rules): a text node, even empty, keeps it as it is */
	int text_child = 0;
	for (xmlNodePtr n = parent->children; n && !text_child; n = n->next)
		text_child = n->type == XML_TEXT_NODE;
	if (!text_child)
		xmlAddChild(parent, xmlNewText(BAD_CAST ""));
	xmlNodePtr e = elem(c, parent, "note");
	char id[256];
	/* conventions 2: "_1"… only where a mark repeats */
	if (c->repeat[k])
		snprintf(id, sizeof id, "%sfn%s_%zu", c->id, mark_id(f->n), c->repeat[k]);
	else
		snprintf(id, sizeof id, "%sfn%s", c->id, mark_id(f->n));
	set(e, "n", f->n);
	set(e, "xml:id", id);
	if (f->npara == 1) {
		if (in_head && begins(&f->paras[0], "Source:"))
			set(e, "type", "source");
		note_text(c, e, &f->paras[0]);
		return;
	}
	if (in_head && begins(&f->paras[0], "Source:"))
		set(e, "type", "source");
	int summary = f->npara == 2 && begins(&f->paras[0], "Summary:") && begins(&f->paras[1], "Source:");
	for (size_t i = 0; i < f->npara; i++) {
		xmlNodePtr p = elem(c, e, "p");
		if (summary) {
			xmlNodePtr seg = elem(c, p, "seg");
			set(seg, "type", i == 0 ? "summary" : "source");
			p = seg;
		}
		note_text(c, p, &f->paras[i]);
	}
}

static void
space(ctx *c, xmlNodePtr parent, int lines)
{
	char q[16];
	xmlNodePtr e = elem(c, parent, "space");
	set(e, "dim", "vertical");
	set(e, "unit", "lines");
	snprintf(q, sizeof q, "%d", lines);
	set(e, "quantity", q);
}

static void
header(ctx *c, xmlNodePtr tei, xmlNodePtr head, const frus_tei_opts *o)
{
	xmlNodePtr h = elem(c, tei, "teiHeader");
	xmlNodePtr fd = elem(c, h, "fileDesc");
	xmlNodePtr ts = elem(c, fd, "titleStmt");
	xmlNodePtr title = elem(c, ts, "title");
	/* The heading without its footnote markers. */
	for (xmlNodePtr n = head->children; n; n = n->next)
		if (n->type == XML_TEXT_NODE)
			xmlNodeAddContent(title, n->content);
		else if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "lb") == 0)
			xmlNodeAddContent(title, BAD_CAST " ");
		else if (n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, "note") != 0) {
			xmlChar *t = xmlNodeGetContent(n);
			xmlNodeAddContent(title, t);
			xmlFree(t);
		}
	xmlNodePtr ps = elem(c, fd, "publicationStmt");
	xmlNewTextChild(ps, c->ns, BAD_CAST "p", BAD_CAST "Converted from plain text by frus-txt2tei (frus-tools).");
	xmlNodePtr sd = elem(c, fd, "sourceDesc");
	char buf[512];
	snprintf(buf, sizeof buf, "Text of a document of Foreign Relations of the United States%s%s%s, "
	         "as copied from a document page of history.state.gov.",
	         o->volume ? " (volume " : "", o->volume ? o->volume : "", o->volume ? ")" : "");
	xmlNewTextChild(sd, c->ns, BAD_CAST "p", BAD_CAST buf);
}

/* Nested bullet lists: a stack of open lists by depth. */
typedef struct {
	xmlNodePtr list[16];
	int depth[16];
	int top;                  /* -1: no list open */
} liststack;

static xmlNodePtr
item_parent(ctx *c, liststack *ls, xmlNodePtr div, int depth, const char *type)
{
	while (ls->top >= 0 && ls->depth[ls->top] > depth)
		ls->top--;
	if (ls->top < 0) {
		xmlNodePtr l = elem(c, div, "list");
		if (type)
			set(l, "type", type);
		ls->list[0] = l;
		ls->depth[0] = depth;
		ls->top = 0;
	} else if (ls->depth[ls->top] < depth && ls->top + 1 < 16) {
		xmlNodePtr last = xmlGetLastChild(ls->list[ls->top]);
		xmlNodePtr l = elem(c, last ? last : ls->list[ls->top], "list");
		ls->top++;
		ls->list[ls->top] = l;
		ls->depth[ls->top] = depth;
	}
	return ls->list[ls->top];
}

static char *
doc_id(const frus_doc *d, const frus_tei_opts *o)
{
	if (o->id)
		return frus_xstrdup(o->id);
	if (d->number) {
		size_t n = strlen(d->number) + 2;
		char *s = frus_xmalloc(n);
		snprintf(s, n, "d%s", d->number);
		return s;
	}
	const char *f = o->fallback_id ? o->fallback_id : "document";
	size_t n = strlen(f);
	char *s = frus_xmalloc(n + 2), *q = s;
	/* An NCName: letters, digits, - _ . ; not starting with a digit. */
	if (!((f[0] >= 'a' && f[0] <= 'z') || (f[0] >= 'A' && f[0] <= 'Z') || f[0] == '_'))
		*q++ = 'd';
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)f[i];
		int ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		         ch == '-' || ch == '_' || ch == '.';
		*q++ = ok ? (char)ch : '-';
	}
	*q = '\0';
	return s;
}

static const char *const *repeat_marks;

static int
cmp_mark(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	int r = strcmp(repeat_marks[a], repeat_marks[b]);
	return r ? r : (a < b ? -1 : a > b);
}

/* repeat[k] = how many notes before k have k's mark (ids must stay
 * unique when a volume's list repeats a number: "19", "19"). */
static void
count_repeats(const char *const *marks, size_t n, size_t *repeat)
{
	size_t *ix = frus_xmalloc((n ? n : 1) * sizeof *ix);
	for (size_t k = 0; k < n; k++)
		ix[k] = k;
	repeat_marks = marks;
	qsort(ix, n, sizeof *ix, cmp_mark);
	for (size_t i = 0; i < n; i++)
		repeat[ix[i]] = (i > 0 && strcmp(marks[ix[i - 1]], marks[ix[i]]) == 0) ? repeat[ix[i - 1]] + 1 : 0;
	free(ix);
}

/* Digits glued to the text like a marker, with no listed note of that
 * number: a note lost in the copy, or a footnote list not recognised.
 * Never silent (the number stays text). */
static void
warn_unexplained(const frus_doc *d, const char *const *segs, const size_t *lens, size_t nseg,
                 const frus_marker *placed, const char *const *marks)
{
	unsigned long maxval = d->nnotes ? 0 : 30;
	int numeric = d->nnotes == 0;
	for (size_t k = 0; k < d->nnotes; k++) {
		char *e;
		unsigned long v = strtoul(marks[k], &e, 10);
		if (*e == '\0' && e != marks[k]) {
			numeric = 1;
			if (v + 5 > maxval)
				maxval = v + 5;
		}
	}
	if (!numeric)
		return;
	frus_marker spot[8];
	size_t n = frus_notes_unexplained(segs, lens, nseg, placed, d->nnotes, maxval, spot, 8);
	for (size_t i = 0; i < n && i < 8; i++) {
		char num[24];
		snprintf(num, sizeof num, "%.*s", (int)spot[i].len, segs[spot[i].seg] + spot[i].off);
		int listed = 0;
		for (size_t k = 0; k < d->nnotes && !listed; k++)
			listed = strcmp(marks[k], num) == 0;
		if (listed)
			continue;
		size_t off = (spot[i].seg == 0 ? d->heading.off : d->blocks[spot[i].seg - 1].off) + spot[i].off;
		long line, col;
		frus_text_locate(d->src, off, &line, &col);
		frus_warning(d->src->name, line, col, "\"%s\" glued to the text looks like a footnote "
		             "marker, but no footnote %s is listed at the end: kept as text", num, num);
	}
}

static int
recover_markers(ctx *c)
{
	const frus_doc *d = c->doc;
	size_t nseg = d->nblocks + 1;
	const char **segs = frus_xmalloc(nseg * sizeof *segs);
	size_t *lens = frus_xmalloc(nseg * sizeof *lens);
	char **copies = frus_xmalloc(nseg * sizeof *copies);
	for (size_t i = 0; i < nseg; i++) {
		const char *s = i == 0 ? d->heading.text : d->blocks[i - 1].text;
		size_t n = i == 0 ? d->heading.len : d->blocks[i - 1].len;
		/* page breaks hold no markers; datelines are encoded whole by
		 * dateline.c, which places none */
		if (i > 0 && (d->blocks[i - 1].kind == FRUS_B_PB || d->blocks[i - 1].kind == FRUS_B_DATELINE))
			n = 0;
		/* blank out page breaks: their digits are no markers */
		char *cp = frus_xstrndup(s, n);
		size_t pl, nl;
		const char *pn;
		for (const char *pg = cp; (pg = frus_find_page(pg, (size_t)(cp + n - pg), &pl, &pn, &nl));)
			memset((char *)pg, ' ', pl);
		copies[i] = cp;
		segs[i] = cp;
		lens[i] = n;
	}
	c->nmarkers = d->nnotes;
	c->markers = frus_xmalloc((d->nnotes ? d->nnotes : 1) * sizeof *c->markers);
	const char **marks = frus_xmalloc((d->nnotes ? d->nnotes : 1) * sizeof *marks);
	frus_note_ref *refs = frus_xmalloc((d->nnotes ? d->nnotes : 1) * sizeof *refs);
	for (size_t k = 0; k < d->nnotes; k++) {
		marks[k] = d->notes[k].n;
		refs[k] = (frus_note_ref){ d->notes[k].n, d->notes[k].paras[0].text, d->notes[k].paras[0].len };
	}
	frus_notes_place(segs, lens, nseg, refs, d->nnotes, c->markers);
	free(refs);
	c->repeat = frus_xmalloc((d->nnotes ? d->nnotes : 1) * sizeof *c->repeat);
	count_repeats(marks, d->nnotes, c->repeat);
	warn_unexplained(d, segs, lens, nseg, c->markers, marks);
	free(marks);
	for (size_t i = 0; i < nseg; i++)
		free(copies[i]);
	free(copies);
	free(segs);
	free(lens);
	/* Never refuse a document for its numbering: a note whose mark is
	 * not in the text (in order) is kept right after the note before it
	 * (inline_text), and said so. */
	for (size_t k = 0; k < d->nnotes; k++) {
		const frus_footnote *f = &d->notes[k];
		const frus_marker *m = &c->markers[k];
		int letter = strlen(f->n) == 1 && f->n[0] >= 'a' && f->n[0] <= 'z';
		if (m->len == 0 && k == 0)
			frus_warning(d->src->name, f->line, 3, "footnote %s has no marker in the text: no "
			             "\"%s\" glued to a word or punctuation was found; the note is kept at "
			             "the end of the heading", f->n, f->n);
		else if (m->len == 0)
			frus_warning(d->src->name, f->line, 3, "footnote %s has no marker in the text after "
			             "the marker of footnote %s; the note is kept right after footnote %s",
			             f->n, d->notes[k - 1].n, d->notes[k - 1].n);
		else if (letter && m->score < 1)
			frus_warning(d->src->name, f->line, 3, "footnote %s: its mark is glued to a word and "
			             "may be the word's last letter; check it", f->n);
	}
	return 0;
}

/* The length of a signer's name on its line: without a footnote marker
 * glued at its end ("Dean Rusk3"), whose note follows the persName. */
static size_t
name_len(const ctx *c, size_t seg, size_t off, size_t n)
{
	if (c->mi < c->nmarkers && c->markers[c->mi].len && c->markers[c->mi].seg == seg) {
		const frus_marker *m = &c->markers[c->mi];
		if (m->off > off && m->off + m->len == off + n)
			return m->off - off;
	}
	return n;
}

/* A closer, line by line (conventions 4): the closer's own text
 * ("For the Secretary of State:") then a line break; a close right above
 * the name; the signers in signed (several as list/item), each name a
 * persName in strong, a title under it as lb + italic; a date as the
 * closer's dateline. */
static void
closer(ctx *c, xmlNodePtr parent, const frus_block *b, size_t seg)
{
	xmlNodePtr cl = elem(c, parent, "closer"), signed_ = NULL, list = NULL, slot = NULL;
	size_t off = 0;
	for (int j = 0; j < b->nlines && off <= b->len; j++) {
		const char *nl = memchr(b->text + off, '\n', b->len - off);
		size_t e = nl ? (size_t)(nl - b->text) : b->len;
		const char *s = b->text + off;
		size_t n = e - off;
		long line = b->line + j;
		int role = b->role[j];
		if (role == FRUS_CL_TITLE && !slot)
			role = FRUS_CL_TEXT;
		switch (role) {
		case FRUS_CL_SALUTE:
			inline_text(c, elem(c, cl, "salute"), seg, s, n, off, line);
			break;
		case FRUS_CL_NAME: {
			/* the signers of one signed: the names and titles up to
			 * the closer's next own line ("For the Republic of
			 * Colombia:" opens the next signer's) */
			int signers = 0;
			for (int k = j; k < b->nlines && (b->role[k] == FRUS_CL_NAME || b->role[k] == FRUS_CL_TITLE); k++)
				signers += b->role[k] == FRUS_CL_NAME;
			if (!signed_)
				signed_ = elem(c, cl, "signed");
			if (signers > 1 && !list)
				list = elem(c, signed_, "list");
			slot = list ? elem(c, list, "item") : signed_;
			/* the name; its title after a comma and a glued marker
			 * follow the persName */
			size_t k = name_len(c, seg, off, n), p = frus_shape_name_part(s, k);
			if (p == 0 || p > k)
				p = k;
			xmlNodePtr hi = elem(c, elem(c, slot, "persName"), "hi");
			set(hi, "rend", "strong");
			inline_text(c, hi, seg, s, p, off, line);
			/* "CHARLES A. LEAS, United States Consular Agent.": the
			 * title after the comma in italic, as under the name */
			size_t q = p;
			while (q < k && (s[q] == ',' || s[q] == ' '))
				q++;
			if (q > p && q < k) {
				inline_text(c, slot, seg, s + p, q - p, off + p, line);
				xmlNodePtr ti = elem(c, slot, "hi");
				set(ti, "rend", "italic");
				inline_text(c, ti, seg, s + q, k - q, off + q, line);
				p = k;
			}
			inline_text(c, slot, seg, s + p, n - p, off + p, line);
			break;
		}
		case FRUS_CL_TITLE: {
			elem(c, slot, "lb");
			xmlNodePtr hi = elem(c, slot, "hi");
			set(hi, "rend", "italic");
			inline_text(c, hi, seg, s, n, off, line);
			break;
		}
		case FRUS_CL_DATE: {
			frus_dateline parts;
			if (frus_dateline_parse(s, n, &parts)) {
				frus_dateline_fill(elem(c, cl, "dateline"), c->ns, s, n, &parts);
				break;
			}
		}
		/* fall through */
		default: {
			/* the closer's own line: one seg when its text holds
			 * markup ("[initials not declassified]"), so it stays one line;
			 * after a signed it ends that signer's group */
			if (signed_) {
				elem(c, cl, "lb");
				signed_ = list = slot = NULL;
			}
			xmlNodePtr sg = elem(c, cl, "seg");
			inline_text(c, sg, seg, s, n, off, line);
			if (sg->children && !sg->children->next && sg->children->type == XML_TEXT_NODE) {
				xmlNodePtr t = sg->children;
				xmlUnlinkNode(t);
				xmlReplaceNode(sg, t);
				xmlFreeNode(sg);
			}
			if (j + 1 < b->nlines)
				elem(c, cl, "lb");
			break;
		}
		}
		if (!nl)
			break;
		off = e + 1;
	}
}

/* Lines kept apart by line breaks (a paragraph or head of several lines). */
static void
text_lines(ctx *c, xmlNodePtr parent, size_t seg, const char *s, size_t n, long line)
{
	for (size_t off = 0; off <= n;) {
		const char *nl = memchr(s + off, '\n', n - off);
		size_t e = nl ? (size_t)(nl - s) : n;
		inline_text(c, parent, seg, s + off, e - off, off, line);
		if (!nl)
			break;
		elem(c, parent, "lb");
		off = e + 1;
		line++;
	}
}

static void
lines(ctx *c, xmlNodePtr parent, const frus_block *b, size_t seg)
{
	text_lines(c, parent, seg, b->text, b->len, b->line);
}

static void
table(ctx *c, xmlNodePtr parent, const frus_block *b, size_t seg)
{
	frus_table t;
	if (!frus_table_parse(b->text, b->len, &t))
		return;                   /* blocks.c checked it is one */
	char num[32];
	xmlNodePtr tab = elem(c, parent, "table");
	size_t rows = 0;
	for (size_t r = 0; r < t.nrows; r++)
		rows += !(t.page && t.page[r]);
	snprintf(num, sizeof num, "%zu", rows);
	set(tab, "rows", num);
	snprintf(num, sizeof num, "%zu", t.ncols);
	set(tab, "cols", num);
	for (size_t r = 0; r < t.nrows; r++) {
		if (t.page && t.page[r]) {
			/* a page break between rows (conventions 7) */
			size_t pl, nl;
			const char *pn;
			const frus_cell *cell = &t.cells[r * t.ncols];
			frus_find_page(b->text + cell->off, cell->len, &pl, &pn, &nl);
			page_break(c, tab, pn, nl, b->line + (long)r);
			continue;
		}
		xmlNodePtr row = elem(c, tab, "row");
		int label = r == 0 && t.header;
		if (label)
			set(row, "role", "label");
		for (size_t k = 0; k < t.ncols; k++) {
			const frus_cell *cell = &t.cells[r * t.ncols + k];
			xmlNodePtr ce = elem(c, row, "cell");
			if (cell->num && !label)
				set(ce, "role", "num");
			inline_text(c, ce, seg, b->text + cell->off, cell->len, cell->off, b->line + (long)r);
		}
	}
	frus_table_free(&t);
}

xmlDocPtr
frus_tei_from_blocks(const frus_doc *d, const frus_tei_opts *o)
{
	ctx c;
	memset(&c, 0, sizeof c);
	c.doc = d;
	char *id = doc_id(d, o);
	c.id = id;
	if (recover_markers(&c) != 0) {
		free(c.markers);
		free(id);
		return NULL;
	}

	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr tei = xmlNewDocNode(doc, NULL, BAD_CAST "TEI", NULL);
	xmlDocSetRootElement(doc, tei);
	c.ns = xmlNewNs(tei, BAD_CAST FRUS_TEI_NS, NULL);
	xmlSetNs(tei, c.ns);
	c.fns = xmlNewNs(tei, BAD_CAST FRUS_FRUS_NS, BAD_CAST "frus");
	if (o->volume) {
		size_t n = strlen(o->volume) + strlen(id) + 2;
		char *rid = frus_xmalloc(n);
		snprintf(rid, n, "%s-%s", o->volume, id);
		set(tei, "xml:id", rid);
		free(rid);
	}
	/* Build the body first: the header's title comes from the head. */
	xmlNodePtr text_ = xmlNewNode(c.ns, BAD_CAST "text");
	xmlNodePtr body = elem(&c, text_, "body");
	xmlNodePtr div = elem(&c, body, "div");
	set(div, "type", "document");
	set(div, "subtype", d->editorial ? "editorial-note" : "historical-document");
	if (d->number)
		set(div, "n", d->number);
	set(div, "xml:id", id);

	xmlNodePtr head = elem(&c, div, "head");
	text_lines(&c, head, 0, d->heading.text, d->heading.len, d->heading.line);
	if (c.mi == 0)
		unplaced(&c, head, 1);

	liststack ls = { .top = -1 };
	xmlNodePtr labelled = NULL, opener = NULL;
	xmlNodePtr root = div;    /* the div, or the attachment being filled */
	const frus_block *prev = NULL;
	int prev_in_list = 0;
	for (size_t i = 0; i < d->nblocks; i++) {
		const frus_block *b = &d->blocks[i];
		size_t seg = i + 1;
		int in_list = b->kind == FRUS_B_ITEM || (b->kind == FRUS_B_ITEMPARA && ls.top >= 0) ||
		              (b->kind == FRUS_B_PB && ls.top >= 0 &&
		              i + 1 < d->nblocks && d->blocks[i + 1].kind == FRUS_B_ITEM);
		/* a page break between a labelled list's entries */
		int in_labelled = b->kind == FRUS_B_PB && labelled && i + 1 < d->nblocks &&
		                  d->blocks[i + 1].kind == FRUS_B_LABEL;
		int gap = frus_blocks_gap(prev, b);
		/* a page break among items is a line of the list (text.xsl) */
		int after_line = prev && (prev->kind == FRUS_B_ITEM || prev->kind == FRUS_B_LABELITEM);
		if (((in_list || in_labelled) && b->kind == FRUS_B_PB && after_line) ||
		    (in_list && prev && prev->kind == FRUS_B_PB && prev_in_list) ||
		    (b->kind == FRUS_B_LABEL && prev && prev->kind == FRUS_B_PB && labelled))
			gap = 1;
		int extra = b->blank_before + 1 - gap;
		/* blank lines after list items are the copy's ("spaced"), not the
		 * page's: the page has none */
		if (prev_in_list)
			extra = 0;
		if (!in_list)
			ls.top = -1;
		if (b->kind != FRUS_B_LABEL && b->kind != FRUS_B_LABELITEM && b->kind != FRUS_B_ITEMPARA &&
		    !in_labelled)
			labelled = NULL;
		opener = NULL;
		if (b->opens) {
			root = xmlNewChild(div, c.fns, BAD_CAST "attachment", NULL);
			ls.top = -1;
		}
		xmlNodePtr container = in_list && ls.top >= 0 ? ls.list[ls.top] : in_labelled ? labelled : root;
		if (extra > 0)
			space(&c, labelled ? labelled : container, extra);
		enum frus_block_kind prev_kind = prev ? prev->kind : FRUS_B_P;
		prev = b;
		prev_in_list = in_list;
		switch (b->kind) {
		case FRUS_B_PB: {
			size_t pl, nl;
			const char *pn;
			frus_find_page(b->text, b->len, &pl, &pn, &nl);
			page_break(&c, container, pn, nl, b->line);
			break;
		}
		case FRUS_B_LISTHEAD: {
			xmlNodePtr l = elem(&c, root, "list");
			if (b->ltype)
				set(l, "type", b->ltype);
			xmlNodePtr h = elem(&c, l, "head");
			inline_text(&c, h, seg, b->text, b->len, 0, b->line);
			ls.list[0] = l;
			ls.depth[0] = 1;
			ls.top = 0;
			break;
		}
		case FRUS_B_ITEM: {
			xmlNodePtr l = item_parent(&c, &ls, root, b->depth, NULL);
			xmlNodePtr it = elem(&c, l, "item");
			inline_text(&c, it, seg, b->text, b->len, 0, b->line);
			break;
		}
		case FRUS_B_LABEL:
			if (!labelled)
				labelled = elem(&c, root, "list");
			inline_text(&c, elem(&c, labelled, "label"), seg, b->text, b->len, 0, b->line);
			break;
		case FRUS_B_LABELITEM:
			/* every item of a labelled list has its label, empty for a
			 * further line of an entry (the Office's grammar) */
			if (prev_kind != FRUS_B_LABEL)
				elem(&c, labelled, "label");
			inline_text(&c, elem(&c, labelled, "item"), seg, b->text, b->len, 0, b->line);
			break;
		case FRUS_B_DATELINE: {
			xmlNodePtr dl = elem(&c, root, "dateline");
			frus_dateline parts;
			frus_dateline_parse(b->text, b->len, &parts);
			frus_dateline_fill(dl, c.ns, b->text, b->len, &parts);
			break;
		}
		case FRUS_B_SECTION: {
			xmlNodePtr p = elem(&c, root, "p");
			set(p, "rend", b->rend ? b->rend : "sectiontitleital");
			inline_text(&c, smallcaps(&c, p, b), seg, b->text, b->len, 0, b->line);
			break;
		}
		case FRUS_B_CLOSER:
			closer(&c, root, b, seg);
			break;
		case FRUS_B_ATTHEAD:
			if (root == div)
				root = xmlNewChild(div, c.fns, BAD_CAST "attachment", NULL);
			inline_text(&c, elem(&c, root, "head"), seg, b->text, b->len, 0, b->line);
			break;
		case FRUS_B_ATTOPEN:
		case FRUS_B_OPENER:
			/* "[Enclosure]", "No. 632", "top secret": the opener's segs */
			/* one opener a line: each is a block of the page */
			opener = elem(&c, root, "opener");
			lines(&c, smallcaps(&c, elem(&c, opener, "seg"), b), b, seg);
			break;
		case FRUS_B_ITEMPARA: {
			/* the item's text becomes its first p, this one the next */
			xmlNodePtr list = labelled ? labelled : ls.top >= 0 ? ls.list[ls.top] : NULL;
			xmlNodePtr item = list ? xmlGetLastChild(list) : NULL;
			while (item && (item->type != XML_ELEMENT_NODE || strcmp((const char *)item->name, "item") != 0))
				item = item->prev;
			if (!item) {
				inline_text(&c, elem(&c, root, "p"), seg, b->text, b->len, 0, b->line);
				break;
			}
			int has_p = 0;
			for (xmlNodePtr k = item->children; k; k = k->next)
				has_p |= k->type == XML_ELEMENT_NODE && strcmp((const char *)k->name, "p") == 0;
			if (!has_p) {
				xmlNodePtr first_p = xmlNewNode(c.ns, BAD_CAST "p");
				while (item->children) {
					xmlNodePtr k = item->children;
					xmlUnlinkNode(k);
					xmlAddChild(first_p, k);
				}
				xmlAddChild(item, first_p);
			}
			inline_text(&c, elem(&c, item, "p"), seg, b->text, b->len, 0, b->line);
			break;
		}
		case FRUS_B_LINES:
			lines(&c, elem(&c, b->postscript ? elem(&c, root, "postscript") : root, "p"), b, seg);
			break;
		case FRUS_B_SALUTE:
		case FRUS_B_COMPCLOSE: {
			xmlNodePtr p = elem(&c, root, "p");
			set(p, "rend", b->kind == FRUS_B_SALUTE ? "flushleft" : "right");
			inline_text(&c, p, seg, b->text, b->len, 0, b->line);
			break;
		}
		case FRUS_B_SOURCE: {
			xmlNodePtr n = elem(&c, root, "note");
			set(n, "type", "source");
			set(n, "rend", "inline");
			inline_text(&c, n, seg, b->text, b->len, 0, b->line);
			break;
		}
		case FRUS_B_TABLE:
			table(&c, root, b, seg);
			break;
		case FRUS_B_P: {
			xmlNodePtr p = elem(&c, b->postscript ? elem(&c, root, "postscript") : root, "p");
			size_t start = 0;
			if (b->speaker) {
				inline_text(&c, elem(&c, p, "persName"), seg, b->text, b->speaker, 0, b->line);
				start = b->speaker;
			} else if (b->runin) {
				xmlNodePtr hi = elem(&c, p, "hi");
				set(hi, "rend", "italic");
				inline_text(&c, hi, seg, b->text, b->runin, 0, b->line);
				start = b->runin;
			}
			inline_text(&c, p, seg, b->text + start, b->len - start, start, b->line);
			break;
		}
		}
	}
	/* Every recovered marker must have become a note: never drop one. */
	if (c.mi < c.nmarkers) {
		frus_error(d->src->name, d->notes[c.mi].line, 3, "footnote %s: its marker was found "
		           "where no note can be placed", d->notes[c.mi].n);
		c.failed = 1;
	}
	pb_between(div);
	header(&c, tei, head, o);
	xmlAddChild(tei, text_);
	xmlSetTreeDoc(text_, doc);

	for (size_t i = 0; i < c.npb; i++)
		free(c.pb_ids[i]);
	free(c.pb_ids);
	free(c.markers);
	free(c.repeat);
	free(id);
	if (c.failed) {
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

/* rules.c — schemas/frus.sch built in (see rules.h): the two walks.
 *
 * The first walk gathers the ids and the facts about every element's
 * descendants.  The second visits every node in document order and calls
 * the rule families (rules-*.c) whose contexts can match it; as elements
 * close it keeps the trackers of preceding:: up to date.  The findings are
 * then sorted the way the compiled stylesheet emits them and handed to the
 * collection (diags.h).
 *
 * Each rule is the frus.sch rule of the same id, written for one node at
 * a time.  What the XPath asks about descendants comes from the facts of
 * the first walk; what it asks about earlier nodes (preceding::) from the
 * trackers, so that no rule looks at more than its node, its neighbours
 * and its ancestors. */
#include <stdlib.h>
#include <string.h>
#include <libxml/hash.h>
#include "frus/diags.h"
#include "frus/err.h"
#include "frus/rules.h"
#include "frus/rules-breaks.h"
#include "frus/rules-chars.h"
#include "frus/rules-dates.h"
#include "frus/rules-divs.h"
#include "frus/rules-header.h"
#include "frus/rules-ids.h"
#include "frus/rules-lists.h"
#include "frus/rules-phrases.h"
#include "frus/rules-refs.h"
#include "frus/rules-signers.h"
#include "frus/rules-source.h"

/* ---- first walk: facts ---- */

static size_t
new_elem(frus_rules_ctx *r)
{
	if (r->nflags == r->capflags) {
		r->capflags = r->capflags ? 2 * r->capflags : 1024;
		r->flags = frus_xrealloc(r->flags, r->capflags * sizeof *r->flags);
	}
	r->flags[r->nflags] = 0;
	return r->nflags++;
}

/* The facts of n's descendants into r->flags[n's number]; returns what n
 * and its descendants tell n's ancestors.  attach, notes: frus:attachment
 * and tei:note ancestors of n. */
static unsigned
facts(frus_rules_ctx *r, xmlNodePtr n, int attach, int notes)
{
	size_t k = new_elem(r);
	const char *id = XID(n);
	if (id)
		xmlHashAddEntry(r->ids, (const xmlChar *)id, n);   /* the first stays */
	if (id && T(n, "rendition"))
		xmlHashAddEntry(r->renditions, (const xmlChar *)id, n);
	if (doc_div(n) && numbered(n)) {
		if (!r->ndocs++)
			r->first_n = A(n, "n");
		r->last_n = A(n, "n");
	}
	int in_attach = attach || is(n, FRUS_NS, "attachment");
	int in_note = notes || T(n, "note");
	unsigned d = 0;
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			d |= facts(r, c, in_attach, in_note);
	r->flags[k] = d;

	unsigned self = 0;
	if (n->ns && strcmp((const char *)n->ns->href, TEI_NS) == 0) {
		const char *nm = (const char *)n->name;
		if (!strcmp(nm, "note"))
			self |= D_NOTE;
		else if (!strcmp(nm, "table"))
			self |= D_TABLE;
		else if (!strcmp(nm, "div")) {
			const char *st = A(n, "subtype");
			if (doc_div(n))
				self |= D_DOCDIV;
			if (eq(st, "index") || eq(st, "referral") || eq(st, "editorial-note"))
				self |= D_SPECDIV;
		} else if (!strcmp(nm, "term") && id)
			self |= D_TERMID;
		else if (!strcmp(nm, "persName")) {
			if (id)
				self |= D_PERSID;
			if (!notes)
				self |= D_PERS_NN;
		} else if (!strcmp(nm, "dateline")) {
			if (!attach)
				self |= D_DL_NA;
			if (d & D_DATE)
				self |= D_DATED_DL | (attach ? 0 : D_DATED_DL_NA);
		} else if (!strcmp(nm, "date"))
			self |= D_DATE;
		else if (!strcmp(nm, "graphic") || !strcmp(nm, "gap") || !strcmp(nm, "space"))
			self |= D_GGS;
		else if (!strcmp(nm, "affiliation"))
			self |= D_AFFIL;
	}
	return d | self;
}

/* ---- second walk: the rules ---- */

static void
push(frus_rules_ctx *r, xmlNodePtr n, unsigned long order, size_t elem)
{
	if (r->depth == r->capstack) {
		r->capstack = r->capstack ? 2 * r->capstack : 64;
		r->stack = frus_xrealloc(r->stack, r->capstack * sizeof *r->stack);
	}
	r->stack[r->depth].n = n;
	r->stack[r->depth].order = order;
	r->stack[r->depth].elem = elem;
	r->depth++;
}

static void
walk(frus_rules_ctx *r, xmlNodePtr n)
{
	unsigned long o = ++r->order;
	if (text_node(n)) {
		if (r->nbreaks)
			frus_rules_breaks_resolve(r, n);
		frus_rules_text(r, n, o);
		r->last_text = n;
		return;
	}
	size_t k = r->elem++;
	unsigned fl = r->flags[k];
	frus_rules_id_unique(r, n, o);
	frus_rules_renditions(r, n, o);
	/* Each check function tests its own rule contexts; only those that
	 * can match an element of this name are called. */
	const char *nm = (const char *)n->name;
	if (n->ns && n->ns->href && strcmp((const char *)n->ns->href, TEI_NS) == 0) {
		switch (nm[0]) {
		case 'b':
			if (!strcmp(nm, "body"))
				frus_rules_id_patterns(r, n, o);
			break;
		case 'c':
			if (!strcmp(nm, "closer"))
				frus_rules_closer(r, n, o);
			else if (!strcmp(nm, "cell"))
				frus_rules_element_quotes(r, n, o);
			break;
		case 'd':
			if (!strcmp(nm, "div")) {
				frus_rules_id_patterns(r, n, o);
				frus_rules_divisions(r, n, o, fl);
				frus_rules_source_note(r, n, o, fl);
				frus_rules_div(r, n, o);
				frus_rules_list_divs(r, n, o, fl);
			} else if (!strcmp(nm, "date")) {
				frus_rules_datelines(r, n, o, fl);
				frus_rules_dates(r, n, o);
				frus_rules_date_iso(r, n, o);
			} else if (!strcmp(nm, "dateline"))
				frus_rules_datelines(r, n, o, fl);
			break;
		case 'e':
			if (!strcmp(nm, "editor"))
				frus_rules_header(r, n, o);
			break;
		case 'f':
			if (!strcmp(nm, "fileDesc"))
				frus_rules_header(r, n, o);
			break;
		case 'g':
			if (!strcmp(nm, "gloss")) {
				frus_rules_gloss_target(r, n, o);
				frus_rules_phrases(r, n, o, fl);
			}
			break;
		case 'h':
			if (!strcmp(nm, "hi"))
				frus_rules_phrases(r, n, o, fl);
			else if (!strcmp(nm, "head")) {
				frus_rules_phrases(r, n, o, fl);
				frus_rules_element_quotes(r, n, o);
			}
			break;
		case 'i':
			if (!strcmp(nm, "item"))
				frus_rules_element_quotes(r, n, o);
			break;
		case 'l':
			if (!strcmp(nm, "lb"))
				frus_rules_break_edge(r, n, o);
			else if (!strcmp(nm, "list"))
				frus_rules_lists(r, n, o, fl);
			break;
		case 'n':
			if (!strcmp(nm, "note")) {
				frus_rules_id_patterns(r, n, o);
				frus_rules_phrases(r, n, o, fl);
				frus_rules_element_quotes(r, n, o);
			}
			break;
		case 'p':
			if (!strcmp(nm, "p")) {
				frus_rules_phrases(r, n, o, fl);
				frus_rules_element_quotes(r, n, o);
			} else if (!strcmp(nm, "pb")) {
				frus_rules_id_patterns(r, n, o);
				frus_rules_break_edge(r, n, o);
			} else if (!strcmp(nm, "persName")) {
				frus_rules_corresp(r, n, o);
				frus_rules_phrases(r, n, o, fl);
				frus_rules_signer(r, n, o);
				frus_rules_lists(r, n, o, fl);
			} else if (!strcmp(nm, "placeName"))
				frus_rules_phrases(r, n, o, fl);
			else if (!strcmp(nm, "publicationStmt"))
				frus_rules_header(r, n, o);
			break;
		case 'r':
			if (!strcmp(nm, "ref"))
				frus_rules_ref(r, n, o);
			break;
		case 's':
			if (!strcmp(nm, "seg")) {
				frus_rules_phrases(r, n, o, fl);
				frus_rules_element_quotes(r, n, o);
			} else if (!strcmp(nm, "signed"))
				frus_rules_signed(r, n, o, fl);
			break;
		case 't':
			if (!strcmp(nm, "title") || !strcmp(nm, "titleStmt"))
				frus_rules_header(r, n, o);
			else if (!strcmp(nm, "table"))
				frus_rules_phrases(r, n, o, fl);
			else if (!strcmp(nm, "term"))
				frus_rules_lists(r, n, o, fl);
			break;
		}
	} else if (is(n, FRUS_NS, "attachment")) {
		frus_rules_attachment(r, n, o);
	}

	xmlNodePtr before = r->last_text;
	push(r, n, o, k);
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE || text_node(c))
			walk(r, c);
	r->depth--;
	frus_rules_break_pending(r, n, o, before);

	/* closed: now a preceding:: node for what follows */
	if (T(n, "div") && numbered(n) && (!r->prev_div.n || o > r->prev_div.order)) {
		r->prev_div.n = n;
		r->prev_div.order = o;
	}
	if (doc_div(n))
		r->closed_docdiv = 1;
	if (T(n, "note") && numbered(n) && (!r->prev_note.n || o > r->prev_note.order)) {
		r->prev_note.n = n;
		r->prev_note.order = o;
	}
}

static int
by_emission(const void *a, const void *b)
{
	const finding *x = a, *y = b;
	if (x->pat != y->pat)
		return x->pat < y->pat ? -1 : 1;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

uint64_t
frus_rules_hash(const void *bytes, size_t n)
{
	const unsigned char *p = bytes;
	uint64_t h = UINT64_C(0xcbf29ce484222325);
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= UINT64_C(0x100000001b3);
	}
	return h;
}

void
frus_rules_check(xmlDocPtr doc, frus_re_cache *re, frus_diags *out)
{
	frus_rules_ctx r;
	memset(&r, 0, sizeof r);
	r.doc = doc;
	r.re = re;
	r.ids = xmlHashCreate(16);
	r.renditions = xmlHashCreate(4);
	if (!r.ids || !r.renditions)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	xmlNodePtr root = xmlDocGetRootElement(doc);
	if (root)
		facts(&r, root, 0, 0);
	xmlNodePtr text = T(root, "TEI") ? child(root, "text") : NULL;
	r.volume = text && child(text, "front");
	xmlNodePtr hdr = T(root, "TEI") ? child(root, "teiHeader") : NULL;
	if (hdr)
		frus_rules_header_dates(&r, hdr->children);

	r.order = 0;
	frus_rules_root(&r);
	if (root)
		walk(&r, root);
	frus_rules_breaks_resolve(&r, NULL);

	if (r.nv > 1)
		qsort(r.v, r.nv, sizeof *r.v, by_emission);
	for (size_t i = 0; i < r.nv; i++) {
		finding *f = &r.v[i];
		char *path = frus_node_path(f->node);
		frus_diags_add_found(out, f->node ? xmlGetLineNo(f->node) : 0, f->sev, f->id, f->msg, path);
		free(path);
		free(f->msg);
	}
	free(r.v);
	free(r.flags);
	free(r.stack);
	free(r.breaks);
	free(r.msg.s);
	free(r.tmp.s);
	free(r.tmp2.s);
	xmlHashFree(r.ids, NULL);
	xmlHashFree(r.renditions, NULL);
}

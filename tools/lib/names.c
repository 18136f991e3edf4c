/* names.c — persName and gloss linked to the volume's lists (see names.h).
 *
 * The text of each run of sibling text nodes (page breaks inside count as
 * nothing, so "Kissin<pb/>ger" is one word) is flattened, cut into words,
 * and matched against the surnames of the list of persons and then against
 * the terms; a match becomes an element wrapped around exactly its text,
 * so the text itself never changes.  This file walks the documents and
 * wraps the matches; the tables are built in nametable.c, the persons found
 * in namepersons.c, the terms and a head's offices in nameterms.c, the
 * words in namewords.c. */
#include "frus/names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "frus/err.h"
#include "frus/nametable.h"

#define X(s) ((const xmlChar *)(s))

/* ---- runs of text ---- */

/* Elements whose text is never searched: already tagged, or not prose. */
static int
skipped(xmlNodePtr n)
{
	static const char *const SKIP[] = { "persName", "gloss", "term", "ref", "date", "time",
	                                    "placeName", "orgName", "num", "teiHeader", "label",
	                                    "title", "bibl", NULL };
	if (n->type != XML_ELEMENT_NODE)
		return 0;
	for (const char *const *s = SKIP; *s; s++)
		if (xmlStrEqual(n->name, X(*s)))
			return 1;
	return 0;
}

/* ---- walking the documents ---- */

static void
set_ptr(xmlNodePtr e, const char *attr, const char *id)
{
	size_t l = strlen(id) + 2;
	char *v = frus_xmalloc(l);
	snprintf(v, l, "#%s", id);
	xmlNewProp(e, X(attr), X(v));
	free(v);
}

static void
do_run(frus_names *nm, run *r, int terms)
{
	if (!r->n || only_space(r->buf, r->len))
		return;
	if (terms) {
		tmatch *m;
		size_t n = frus_names_find_terms(nm, r, &m);
		for (size_t k = n; k-- > 0;) {
			xmlNodePtr e = frus_names_wrap(r, m[k].a, m[k].b, "gloss");
			set_ptr(e, "target", m[k].id);
			nm->terms++;
		}
		free(m);
		return;
	}
	pmatch *m;
	size_t n = frus_names_find_persons(nm, r, &m);
	for (size_t k = 0; k < n; k++)
		if (m[k].strong && m[k].person >= 0 && nm->pass == 1) {
			nm->p[m[k].person].strong++;
			nm->p[m[k].person].strong_doc++;
		}
	if (nm->pass == 2) {
		for (size_t k = n; k-- > 0;) {
			xmlNodePtr e = frus_names_wrap(r, m[k].a, m[k].b, "persName");
			nm->persons++;
			if (m[k].person >= 0) {
				set_ptr(e, "corresp", nm->p[m[k].person].id);
				nm->linked++;
			} else if (m[k].warn) {
				xmlChar *t = xmlNodeGetContent(e);
				frus_warning(nm->file, xmlGetLineNo(e->parent), 1,
				             m[k].warn == 2 ? "\"%s\": not in the list of persons; "
				                              "persName left without @corresp"
				                            : "\"%s\": more than one person of the list has "
				                              "this name; persName left without @corresp",
				             (const char *)t);
				xmlFree(t);
				nm->warnings++;
			}
		}
	}
	free(m);
}

/* An existing persName (a speaker, a signature) gets its @corresp. */
static void
link_existing(frus_names *nm, xmlNodePtr pn)
{
	if (xmlHasProp(pn, X("corresp")) || nm->pass != 2)
		return;
	xmlChar *t = xmlNodeGetContent(pn);
	run r = { 0 };
	r.buf = frus_xstrdup((const char *)t);
	r.len = strlen(r.buf);
	r.bcap = r.len + 1;
	xmlFree(t);
	/* a one-node run so that frus_names_find_persons can report against it */
	seg sg = { pn, 0, r.len };
	r.v = &sg;
	r.n = 1;
	pmatch *m;
	size_t n = frus_names_find_persons(nm, &r, &m);
	if (n >= 1)
		nm->persons++;
	if (n >= 1 && m[0].person >= 0) {
		set_ptr(pn, "corresp", nm->p[m[0].person].id);
		nm->linked++;
	}
	free(m);
	free(r.buf);
}

static void
walk(frus_names *nm, xmlNodePtr parent, int terms)
{
	run r = { 0 };
	for (xmlNodePtr c = parent->children, next; ; c = next) {
		next = c ? c->next : NULL;
		if (c && (c->type == XML_TEXT_NODE || frus_is_tei(c, "pb"))) {
			frus_names_run_add(&r, c);
			continue;
		}
		do_run(nm, &r, terms);
		r.n = 0;
		r.len = 0;
		if (!c)
			break;
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (frus_is_tei(c, "persName") && !terms)
			link_existing(nm, c);
		if (!skipped(c))
			walk(nm, c, terms);
	}
	free(r.v);
	free(r.buf);
}

static int
is_document(xmlNodePtr n)
{
	if (!frus_is_tei(n, "div"))
		return 0;
	xmlChar *t = xmlGetProp(n, X("type"));
	int r = t && xmlStrEqual(t, X("document"));
	xmlFree(t);
	return r;
}

static void
for_documents(frus_names *nm, xmlNodePtr n, int terms, const char *file,
              frus_names_origin origin, void *ctx)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || frus_is_tei(c, "teiHeader"))
			continue;
		if (is_document(c)) {
			const char *f = origin ? origin(ctx, c) : NULL;
			nm->file = f ? f : file;
			for (size_t i = 0; i < nm->np; i++)
				nm->p[i].strong_doc = 0;
			if (!terms && nm->pass == 2) {
				/* this document's plain mentions, for its doubtful ones */
				nm->pass = 1;
				unsigned long *keep = frus_xmalloc((nm->np + 1) * sizeof *keep);
				for (size_t i = 0; i < nm->np; i++)
					keep[i] = nm->p[i].strong;
				walk(nm, c, 0);
				for (size_t i = 0; i < nm->np; i++)
					nm->p[i].strong = keep[i];
				free(keep);
				nm->pass = 2;
			}
			walk(nm, c, terms);
			if (terms || !nm->nt) {
				for (xmlNodePtr h = c->children; h; h = h->next)
					if (frus_is_tei(h, "head")) {
						if (nm->pass != 1)
							frus_names_head_parties(h);
						break;
					}
			}
		} else {
			for_documents(nm, c, terms, file, origin, ctx);
		}
	}
}

frus_names *
frus_names_new(const frus_list *persons, const frus_list *terms)
{
	frus_names *nm = frus_xmalloc(sizeof *nm);
	memset(nm, 0, sizeof *nm);
	frus_names_tables_build(nm, persons, terms);
	return nm;
}

void
frus_names_free(frus_names *nm)
{
	if (!nm)
		return;
	frus_names_tables_free(nm);
	free(nm);
}

void
frus_names_link(frus_names *nm, xmlNodePtr root, const char *file,
                frus_names_origin origin, void *ctx, frus_names_stats *st)
{
	nm->persons = nm->linked = nm->terms = nm->warnings = 0;
	if (nm->np) {
		frus_names_collect_lower(nm, root);
		frus_names_mark_common(nm);
		nm->pass = 1;
		for_documents(nm, root, 0, file, origin, ctx);
		nm->pass = 2;
		for_documents(nm, root, 0, file, origin, ctx);
	}
	if (nm->nt)
		for_documents(nm, root, 1, file, origin, ctx);
	if (st) {
		st->persons += nm->persons;
		st->persons_linked += nm->linked;
		st->terms += nm->terms;
		st->warnings += nm->warnings;
	}
}

static void
report_rec(xmlNodePtr n, const char *doc, FILE *fp)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		const char *d = doc;
		xmlChar *id = NULL;
		if (is_document(c)) {
			id = xmlGetNsProp(c, X("id"), XML_XML_NAMESPACE);
			d = id ? (const char *)id : "";
		}
		int pn = frus_is_tei(c, "persName"), gl = frus_is_tei(c, "gloss");
		if (d && (pn || gl)) {
			xmlChar *t = xmlGetProp(c, X(pn ? "corresp" : "target"));
			xmlChar *txt = xmlNodeGetContent(c);
			fputs(d, fp);
			fprintf(fp, "\t%s\t%s\t", pn ? "persName" : "gloss", t ? (const char *)t + (t[0] == '#') : "");
			int sp = 0, any = 0;
			for (const xmlChar *p = txt; p && *p; p++) {
				if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') {
					sp = 1;
					continue;
				}
				if (sp && any)
					fputc(' ', fp);
				sp = 0;
				any = 1;
				fputc(*p, fp);
			}
			fputc('\n', fp);
			xmlFree(t);
			xmlFree(txt);
		}
		report_rec(c, d, fp);
		xmlFree(id);
	}
}

void
frus_names_report(xmlNodePtr root, FILE *fp)
{
	report_rec(root, NULL, fp);
}

/* rules-ids.c — the built-in rules of frus.sch's patterns ids and
 * id-patterns (see rules-ids.h): every xml:id unique; d425, d425fn2 and
 * pg_873 as a document's, a footnote's and a page's id; documents numbered
 * consecutively. */
#include <string.h>
#include <libxml/xpath.h>
#include "frus/rules-ids.h"

static void
sb_num(sb *b, double d)
{
	xmlChar *s = xmlXPathCastNumberToString(d);
	sb_cat(b, (const char *)s);
	xmlFree(s);
}

void
frus_rules_id_unique(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (XID(n) && lookup(r, XID(n)) != n) {
		MSG_START();
		M("xml:id \""); M(XID(n)); M("\" is already used (every xml:id must be unique)");
		add(r, P_IDS, o, n, E, "frus-id-unique");
	}
}

void
frus_rules_id_patterns(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (doc_div(n)) {
		const char *nv = A(n, "n"), *id = XID(n);
		int num_ = numbered(n);
		if (num_ && id && !(id[0] == 'd' && id[1] && all_digits(id + 1))) {
			MSG_START();
			M("document "); M(nv); M(" has xml:id \""); M(id);
			M("\": a numbered document's id is \"d\" and digits (e.g. \"d"); M(nv); M("\")");
			add(r, P_IDPAT, o, n, W, "frus-id-document");
		}
		if (!num_) {
			MSG_START();
			M("document "); M(id); M(" has n=\""); M(nv); M("\": bracketed, missing or not an integer");
			add(r, P_IDPAT, o, n, W, "frus-doc-n-integer");
		}
		const char *pn = r->prev_div.n ? A(r->prev_div.n, "n") : NULL;
		if (num_ && r->closed_docdiv && !(num(nv) == num(pn) + 1)) {
			MSG_START();
			M("document number "); M(nv); M(" does not follow "); M(pn);
			M(": document numbers run consecutively");
			add(r, P_IDPAT, o, n, E, "frus-doc-n-consecutive");
		}
	} else if (T(n, "body")) {
		if (r->ndocs && !((double)r->ndocs == num(r->last_n) - num(r->first_n) + 1)) {
			MSG_START();
			M("documents "); M(r->first_n); M(" to "); M(r->last_n); M(" should be ");
			sb_num(&r->msg, num(r->last_n) - num(r->first_n) + 1);
			M(" documents, there are ");
			sb_num(&r->msg, (double)r->ndocs);
			add(r, P_IDPAT, o, n, E, "frus-doc-n-range");
		}
	} else if (T(n, "pb") && starts(XID(n), "pg_")) {
		const char *id = XID(n), *nv = A(n, "n");
		sb_reset(&r->tmp);
		sb_cat(&r->tmp, "pg_");
		for (const char *p = nv ? nv : ""; *p; p++)
			if (*p != '[' && *p != ']')
				sb_catn(&r->tmp, p, 1);
		size_t pl = r->tmp.n;
		int ok = strcmp(id, r->tmp.s) == 0;
		sb_cat(&r->tmp, "_");
		const char *at = strstr(id, r->tmp.s);
		if (!ok && at && all_digits(at + r->tmp.n))
			ok = 1;
		if (!ok) {
			r->tmp.s[pl] = '\0';
			MSG_START();
			M("pb xml:id \""); M(id); M("\" does not match its page number n=\""); M(nv);
			M("\" (expected \""); M(r->tmp.s); M("\")");
			add(r, P_IDPAT, o, n, W, "frus-pb-id");
		}
	} else if (T(n, "note") && XID(n)) {
		int in_doc = 0;
		for (xmlNodePtr a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
			if (doc_div(a))
				in_doc = 1;
		if (!in_doc)
			return;
		xmlNodePtr div = nearest_div(r, NULL);
		const char *dv = div ? XID(div) : NULL, *id = XID(n), *nv = A(n, "n");
		if (!dv)
			return;
		sb_reset(&r->tmp);
		sb_cat(&r->tmp, dv);
		sb_cat(&r->tmp, "fn");
		int prefix = starts(id, r->tmp.s);
		if (!prefix) {
			MSG_START();
			M("footnote id \""); M(id); M("\" must start with the id of its div and \"fn\" (\"");
			M(dv); M("fn"); M(nv); M("\")");
			add(r, P_IDPAT, o, n, E, "frus-fn-id-prefix");
		}
		if (nv && prefix) {
			sb_cat(&r->tmp, nv);
			int ok = strcmp(id, r->tmp.s) == 0;
			sb_cat(&r->tmp, "_");
			if (!ok && !starts(id, r->tmp.s)) {
				MSG_START();
				M("footnote id \""); M(id); M("\" does not end with its number n=\""); M(nv);
				M("\" (expected \""); M(dv); M("fn"); M(nv); M("\")");
				add(r, P_IDPAT, o, n, W, "frus-fn-id-n");
			}
		}
	}
}

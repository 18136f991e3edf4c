/* rules-divs.c — the built-in rules of divisions and attachments (see
 * rules-divs.h): a chapter holds documents and no document stands beside
 * one (pattern divisions); every div has an id and one head, first
 * (structure); a frus:attachment holds no div, has no Editorial Note head
 * and ends its div (structure). */
#include <string.h>
#include "frus/rules-divs.h"

static int
chapter_type(xmlNodePtr n)
{
	const char *t = T(n, "div") ? A(n, "type") : NULL;
	return eq(t, "compilation") || eq(t, "chapter") || eq(t, "chapter-pending") || eq(t, "subchapter");
}

static xmlNodePtr
sibling_div(xmlNodePtr n, int forward)
{
	for (n = forward ? n->next : n->prev; n; n = forward ? n->next : n->prev)
		if (T(n, "div"))
			return n;
	return NULL;
}

void
frus_rules_divisions(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (chapter_type(n)) {
		const char *st = A(n, "subtype");
		if (eq(st, "index") || eq(st, "referral") || eq(st, "editorial-note"))
			return;
		if (!(fl & (D_DOCDIV | D_SPECDIV))) {
			MSG_START();
			M(A(n, "type")); M(" "); M(XID(n)); M(" holds no document");
			add(r, P_DIVISIONS, o, n, W, "frus-chapter-documents");
		}
	} else if (doc_div(n)) {
		if (chapter_type(sibling_div(n, 0)) || chapter_type(sibling_div(n, 1))) {
			MSG_START();
			M("document "); M(XID(n)); M(" stands beside a compilation, chapter or subchapter");
			add(r, P_DIVISIONS, o, n, W, "frus-document-sibling");
		}
	}
}

static xmlNodePtr
prev_elem(xmlNodePtr n)
{
	for (n = n->prev; n; n = n->prev)
		if (n->type == XML_ELEMENT_NODE)
			return n;
	return NULL;
}

void
frus_rules_div(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!T(n, "div"))
		return;
	int heads = 0, all = 0;
	xmlNodePtr h1 = NULL, a1 = NULL;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (!T(c, "head"))
			continue;
		if (!all++)
			a1 = c;
		if (!eq(A(c, "type"), "shortened-for-running-head") && !heads++)
			h1 = c;
	}
	if (!XID(n)) {
		MSG_START();
		M("div type=\""); M(A(n, "type")); M("\" has no xml:id (every div has one)");
		add(r, P_STRUCTURE, o, n, E, "frus-div-id");
	}
	if (!((heads == 1 && !blank(h1)) || (all == 1 && !blank(a1)))) {
		MSG_START();
		M("div "); M(XID(n)); M(" must have exactly one non-empty head (it has ");
		sb_printf(&r->msg, "%d", heads);
		if (heads == 1)
			M(", and it is empty");
		M(")");
		add(r, P_STRUCTURE, o, n, E, "frus-div-head");
	}
	int late = 0;
	for (xmlNodePtr c = n->children; c && !late; c = c->next) {
		if (!T(c, "head"))
			continue;
		for (xmlNodePtr p = prev_elem(c); p && !late; p = prev_elem(p))
			if (!(T(p, "head") || T(p, "pb") || T(p, "anchor") || T(p, "milestone") ||
			      (T(p, "note") && eq(A(p, "type"), "source") && eq(A(p, "rend"), "inline"))))
				late = 1;
	}
	if (late) {
		MSG_START();
		M("div "); M(XID(n));
		M(": head should come before the division's content (only an inline source note may precede it)");
		add(r, P_STRUCTURE, o, n, W, "frus-div-head-first");
	}
}

void
frus_rules_attachment(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!is(n, FRUS_NS, "attachment"))
		return;
	int div = 0, ed = 0;
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (T(c, "div"))
			div = 1;
		if (T(c, "head") && strstr(norm_value(r, c, &r->tmp), "Editorial Note"))
			ed = 1;
	}
	if (div) {
		MSG_START();
		M("frus:attachment must not contain a div");
		add(r, P_STRUCTURE, o, n, E, "frus-attachment-div");
	}
	if (ed) {
		MSG_START();
		M("frus:attachment head should not be an Editorial Note (an editorial note is a document)");
		add(r, P_STRUCTURE, o, n, W, "frus-attachment-head");
	}
	xmlNodePtr after = NULL;
	for (xmlNodePtr c = n->next; c && !after; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !is(c, FRUS_NS, "attachment") && !T(c, "pb") &&
		    !T(c, "anchor"))
			after = c;
	if (after) {
		MSG_START();
		M("frus:attachment belongs at the bottom of its div (after the closer); ");
		qname(&r->msg, after);
		M(" follows it");
		add(r, P_STRUCTURE, o, n, W, "frus-attachment-last");
	}
}

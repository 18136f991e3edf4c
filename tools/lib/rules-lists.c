/* rules-lists.c — the built-in rules of lists (see rules-lists.h): a
 * list's type is one of the Office's and it holds no table; an entry of
 * the lists of terms and persons stands in hi rend="strong" without its
 * comma (pattern lists); the divs holding those lists are "terms" and
 * "persons" (list-divs). */
#include "frus/rules-lists.h"

void
frus_rules_lists(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (T(n, "list")) {
		const char *type = A(n, "type");
		if (type && !in_list("|participants|subject|from|to|terms|names|toc|index|sources|references|simple|", type)) {
			MSG_START();
			M("list type \""); M(type);
			M("\" is not one of participants, subject, from, to, terms, names, toc, index, sources, references, simple");
			add(r, P_LISTS, o, n, E, "frus-list-type");
		}
		if (fl & D_TABLE) {
			MSG_START();
			M("a list must not contain a table");
			add(r, P_LISTS, o, n, E, "frus-list-table");
		}
	} else if ((T(n, "term") || T(n, "persName")) && XID(n)) {
		if (!(T(n->parent, "hi") && eq(A(n->parent, "rend"), "strong"))) {
			MSG_START();
			qname(&r->msg, n); M(" xml:id=\""); M(XID(n));
			M("\" (an entry of the list) must be inside hi rend=\"strong\"");
			add(r, P_LISTS, o, n, E, "frus-entry-strong");
		}
		sb_reset(&r->tmp);
		string_value(n, &r->tmp);
		if (last_char(r->tmp.s) == ',') {
			MSG_START();
			qname(&r->msg, n); M(" xml:id=\""); M(XID(n));
			M("\" ends with a comma: the comma goes after it");
			add(r, P_LISTS, o, n, E, "frus-entry-comma");
		}
	}
}

void
frus_rules_list_divs(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (!T(n, "div"))
		return;
	if (fl & D_TERMID) {
		if (!eq(XID(n), "terms")) {
			MSG_START();
			M("div xml:id=\""); M(XID(n)); M("\" holds the list of terms: its xml:id is \"terms\"");
			add(r, P_LISTDIVS, o, n, E, "frus-terms-div");
		}
	} else if (fl & D_PERSID) {
		if (!eq(XID(n), "persons")) {
			MSG_START();
			M("div xml:id=\""); M(XID(n)); M("\" holds the list of persons: its xml:id is \"persons\"");
			add(r, P_LISTDIVS, o, n, E, "frus-persons-div");
		}
	}
}

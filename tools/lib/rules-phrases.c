/* rules-phrases.c — the built-in rules of frus.sch's pattern phrases
 * (see rules-phrases.h): footnotes do not nest, are numbered 1, 2, 3 in a
 * div and follow the word directly; a table has the rows it says; hi has a
 * known rend; a head outside a div is not empty or second; p, gloss,
 * persName, placeName and seg have content. */
#include "frus/rules-phrases.h"

static void
check_note(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	const char *rend = A(n, "rend");
	int inline_ = eq(rend, "inline");
	if (!inline_ && (fl & D_NOTE)) {
		MSG_START();
		M("note "); M(XID(n)); M(" holds a note: footnotes do not nest (except inside an inline note)");
		add(r, P_PHRASES, o, n, E, "frus-note-nested");
	}
	size_t at_div = 0;
	xmlNodePtr div = nearest_div(r, &at_div);
	if (numbered(n) && div) {
		/* the note numbered before this one: the latest-starting of the
		 * closed ones (preceding::) and the nearest numbered ancestor */
		size_t at_a = 0;
		xmlNodePtr a = NULL;
		for (size_t i = r->depth; i-- > 0 && !a;)
			if (T(r->stack[i].n, "note") && numbered(r->stack[i].n)) {
				a = r->stack[i].n;
				at_a = i;
			}
		xmlNodePtr p = r->prev_note.n;
		unsigned long p_order = r->prev_note.order;
		int p_in_a = p && a && p_order > r->stack[at_a].order;
		xmlNodePtr prev;
		unsigned long prev_order;
		if (p && (!a || p_in_a)) {
			prev = p;
			prev_order = p_order;
		} else if (a) {
			prev = a;
			prev_order = r->stack[at_a].order;
		} else {
			prev = NULL;
			prev_order = 0;
		}
		if (prev && prev_order > r->stack[at_div].order && !(num(A(n, "n")) == num(A(prev, "n")) + 1)) {
			MSG_START();
			M("footnote n=\""); M(A(n, "n")); M("\" follows n=\""); M(A(prev, "n"));
			M("\" in the same div: footnote numbers increase by 1");
			add(r, P_PHRASES, o, n, E, "frus-fn-seq");
		}
	}
	xmlNodePtr p1 = prev_node(n, 1), p2 = prev_node(n, 2);
	if (!inline_ && !T(p2, "note") && text_node(p1) && blank(p1)) {
		MSG_START();
		M("whitespace before a footnote (the marker follows the word or punctuation directly)");
		add(r, P_PHRASES, o, n, E, "frus-fn-space");
	}
	if (T(p1, "note")) {
		MSG_START();
		M("two footnotes without whitespace between them");
		add(r, P_PHRASES, o, n, E, "frus-fn-adjacent");
	}
}

void
frus_rules_phrases(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (T(n, "note")) {
		if (has_ancestor(n, TEI_NS, "text"))
			check_note(r, n, o, fl);
	} else if (T(n, "table") && A(n, "rows") && A(n, "cols")) {
		int rows = count_children(n, "row", NULL);
		if (!(num(A(n, "rows")) == rows)) {
			MSG_START();
			M("table rows=\""); M(A(n, "rows")); M("\" but it has ");
			sb_printf(&r->msg, "%d", rows);
			M(" rows");
			add(r, P_PHRASES, o, n, E, "frus-table-rows");
		}
	} else if (T(n, "hi")) {
		const char *rend = A(n, "rend");
		if (!rend && !A(n, "rendition")) {
			MSG_START();
			M("hi needs @rend (strong, italic, smallcaps, roman, underline, sub, superscript) or @rendition");
			add(r, P_PHRASES, o, n, E, "frus-hi-rend");
		}
		if (rend && !in_list("|strong|italic|smallcaps|roman|underline|sub|superscript|", rend)) {
			MSG_START();
			M("hi rend=\""); M(rend);
			M("\" is not one of strong, italic, smallcaps, roman, underline, sub, superscript");
			add(r, P_PHRASES, o, n, W, "frus-hi-rend-value");
		}
	} else if (T(n, "head") && !T(n->parent, "div")) {
		if (blank(n)) {
			MSG_START();
			qname(&r->msg, n->parent);
			M("/head is empty");
			add(r, P_PHRASES, o, n, E, "frus-head-empty");
		}
		int second = 0;
		for (xmlNodePtr p = n->prev; p && !second; p = p->prev)
			second = T(p, "head");
		if (second) {
			MSG_START();
			qname(&r->msg, n->parent);
			M(" has a second head");
			add(r, P_PHRASES, o, n, E, "frus-head-second");
		}
	} else if ((T(n, "p") && has_ancestor(n, TEI_NS, "text")) || T(n, "gloss") ||
	           T(n, "persName") || T(n, "placeName") || T(n, "seg")) {
		if (blank(n) && !(fl & D_GGS)) {
			MSG_START();
			M("empty ");
			qname(&r->msg, n);
			M(": p, gloss, persName, placeName and seg must have content");
			add(r, P_PHRASES, o, n, E, "frus-empty");
		}
	}
}

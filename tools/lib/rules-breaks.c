/* rules-breaks.c — the built-in rules of pb and lb (see rules-breaks.h):
 * no break as the first or last child of a division (structure), and
 * whitespace on both sides of a break or on neither (breaks). */
#include "frus/err.h"
#include "frus/rules-breaks.h"

/* A sibling that is an element or has a non-blank string value. */
static int
content_sibling(xmlNodePtr s)
{
	if (s->type == XML_ELEMENT_NODE)
		return 1;
	if (text_node(s) || s->type == XML_COMMENT_NODE || s->type == XML_PI_NODE)
		return !blank(s);
	return 0;
}

/* n is the first (after 0) or the last (after 1) of its parent's
 * children with content. */
static int
at_edge(xmlNodePtr n, int after)
{
	for (xmlNodePtr s = after ? n->next : n->prev; s; s = after ? s->next : s->prev)
		if (content_sibling(s))
			return 0;
	return 1;
}

static int
in_region(xmlNodePtr n)   /* parent is not front, body or back */
{
	return !(T(n->parent, "front") || T(n->parent, "body") || T(n->parent, "back"));
}

void
frus_rules_break_edge(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!((T(n, "pb") || T(n, "lb")) && in_region(n)))
		return;
	int first = at_edge(n, 0), last = at_edge(n, 1);
	if (first || last) {
		MSG_START();
		qname(&r->msg, n);
		M(first ? " is the first child of " : " is the last child of ");
		qname(&r->msg, n->parent);
		M(" (only front, body and back may start or end with one: put a page break before a div, not inside it)");
		add(r, P_STRUCTURE, o, n, E, "frus-pb-edge");
	}
}

void
frus_rules_break_pending(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, xmlNodePtr before)
{
	if (!T(n, "pb") && !T(n, "lb"))
		return;
	if (r->nbreaks == r->capbreaks) {
		r->capbreaks = r->capbreaks ? 2 * r->capbreaks : 16;
		r->breaks = frus_xrealloc(r->breaks, r->capbreaks * sizeof *r->breaks);
	}
	pending_break *b = &r->breaks[r->nbreaks++];
	b->pb = n;
	b->order = o;
	b->edge = in_region(n) && (at_edge(n, 0) || at_edge(n, 1));
	b->before = before;
}

static int
space_at(const char *s, int end)
{
	if (!s || !*s)
		return 1;   /* normalize-space('') = '' */
	long c = end ? last_char(s) : (unsigned char)s[0];
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void
frus_rules_breaks_resolve(frus_rules_ctx *r, xmlNodePtr after)
{
	for (size_t i = 0; i < r->nbreaks; i++) {
		pending_break *b = &r->breaks[i];
		const char *bs = b->before ? (const char *)b->before->content : NULL;
		const char *as = after ? (const char *)after->content : NULL;
		int balanced = b->edge || (b->before && after && space_at(bs, 1) == space_at(as, 0));
		if (balanced)
			continue;
		MSG_START();
		if (T(b->pb, "pb")) {
			M("whitespace around pb n=\""); M(A(b->pb, "n"));
			M("\" is not balanced: a space on both sides between words, none on either side inside a word");
			add(r, P_BREAKS, b->order, b->pb, E, "frus-pb-space");
		} else {
			M("whitespace around lb is not balanced: a space on both sides, or none on either");
			add(r, P_BREAKS, b->order, b->pb, E, "frus-lb-space");
		}
	}
	r->nbreaks = 0;
}

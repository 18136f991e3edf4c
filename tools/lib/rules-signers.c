/* rules-signers.c — the built-in rules of closers and signatures (see
 * rules-signers.h): a signed names its signer in a persName, without
 * @corresp or affiliation, one signed to a closer and one closer (pattern
 * phrases); the signer's name in hi rend="strong", a title after it in
 * italic after lb, nothing untagged around it, several signers in a list
 * (signers). */
#include <string.h>
#include "frus/rules-signers.h"

/* The expression frus.sch gives frusx:matches (the same string). */
#define RE_PUNCT_ONLY "^\\p{P}*$"

void
frus_rules_signed(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (!T(n, "signed"))
		return;
	if (!(fl & D_PERS_NN)) {
		MSG_START();
		M("signed has no persName: the signer's name is a persName");
		add(r, P_PHRASES, o, n, W, "frus-signed-persname");
	}
	if (A(n, "corresp")) {
		MSG_START();
		M("signed must not carry @corresp: put it on the persName");
		add(r, P_PHRASES, o, n, E, "frus-signed-corresp");
	}
	if (fl & D_AFFIL) {
		MSG_START();
		M("affiliation is not used in signed: write the title after lb as hi rend=\"italic\"");
		add(r, P_PHRASES, o, n, W, "frus-signed-affiliation");
	}
}

void
frus_rules_closer(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!T(n, "closer"))
		return;
	int k = count_children(n, "signed", NULL);
	if (k != 1) {
		MSG_START();
		M("closer has ");
		sb_printf(&r->msg, "%d", k);
		M(" signed elements: one closer, one signed");
		add(r, P_PHRASES, o, n, W, "frus-closer-signed");
	}
	int more = 0;
	for (xmlNodePtr s = n->next; s && !more; s = s->next)
		more = T(s, "closer");
	if (more) {
		MSG_START();
		M("another closer follows: combine the signatures in one closer");
		add(r, P_PHRASES, o, n, W, "frus-closer-consecutive");
	}
}

static int
name_is(xmlNodePtr n, const char *q)
{
	if (!n || n->type != XML_ELEMENT_NODE)
		return 0;
	if (n->ns && n->ns->prefix) {
		size_t k = strlen((const char *)n->ns->prefix);
		return strncmp(q, (const char *)n->ns->prefix, k) == 0 && q[k] == ':' &&
		       strcmp(q + k + 1, (const char *)n->name) == 0;
	}
	return strcmp(q, (const char *)n->name) == 0;
}

void
frus_rules_signer(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (!T(n, "persName") || !has_ancestor(n, TEI_NS, "signed") || has_ancestor(n, TEI_NS, "note"))
		return;
	int strong = 0;
	for (xmlNodePtr c = n->children; c && !strong; c = c->next)
		if (T(c, "hi") && (eq(A(c, "rend"), "strong") || (eq(A(c, "rend"), "italic") &&
		    strstr(norm_value(r, c, &r->tmp), "name not declassified"))))
			strong = 1;
	if (!strong) {
		MSG_START();
		M("the signer's name \"");
		M(norm_value(r, n, &r->tmp));
		M("\" should be wrapped in hi rend=\"strong\" (inside the persName)");
		add(r, P_SIGNERS, o, n, W, "frus-signed-strong");
	}
	xmlNodePtr next = NULL;
	for (xmlNodePtr s = next_node(n); s && !next; s = next_node(s))
		if (!(name_is(s, "note") || name_is(s, "lb") || blank(s)))
			next = s;
	if (next && !matches(r, norm_value(r, next, &r->tmp), RE_PUNCT_ONLY) &&
	    !(T(next, "hi") && eq(A(next, "rend"), "italic"))) {
		MSG_START();
		M("after the signer's name, text other than punctuation belongs in hi rend=\"italic\" (with lb before it), not \"");
		prefix_chars(&r->msg, norm_value(r, next, &r->tmp), 30);
		M("\"");
		add(r, P_SIGNERS, o, n, E, "frus-signed-after");
	}
	xmlNodePtr before = NULL;
	for (xmlNodePtr s = n->prev; s && !before; s = s->prev)
		if (text_node(s) && !blank(s))
			before = s;
	if (before && !matches(r, norm_value(r, before, &r->tmp), RE_PUNCT_ONLY)) {
		MSG_START();
		M("untagged text \""); M(norm_value(r, before, &r->tmp)); M("\" before the signer's name");
		add(r, P_SIGNERS, o, n, W, "frus-signed-text-before");
	}
	int italic = 0, lb = 0, pers = 0;
	for (xmlNodePtr s = n->next; s; s = s->next) {
		italic |= T(s, "hi") && eq(A(s, "rend"), "italic");
		lb |= T(s, "lb");
		pers |= T(s, "persName");
	}
	if (italic != lb) {
		MSG_START();
		M("the signer's name and the italic title after it are separated by lb (one without the other here)");
		add(r, P_SIGNERS, o, n, E, "frus-signed-lb");
	}
	int exception = 0;
	for (xmlNodePtr a = n->parent; a && a->type == XML_ELEMENT_NODE && !exception; a = a->parent) {
		if (!T(a, "signed"))
			continue;
		sb_reset(&r->tmp);
		sb_cat(&r->tmp, " ");
		normalize(A(a, "ana") ? A(a, "ana") : "", &r->tmp);
		sb_cat(&r->tmp, " ");
		exception = strstr(r->tmp.s, " #signed-exception_multiple-consecutive-persnames ") != NULL;
	}
	if (pers && !exception) {
		MSG_START();
		M("several persNames in one signed: put the signers in list/item, or mark signed/@ana=\"#signed-exception_multiple-consecutive-persnames\"");
		add(r, P_SIGNERS, o, n, W, "frus-signed-multiple");
	}
}

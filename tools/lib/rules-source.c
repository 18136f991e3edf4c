/* rules-source.c — the built-in rules of frus.sch's pattern source-notes
 * (see rules-source.h): a historical document has a source note, required
 * for content after 1950 or volumes published after 1995 (the header's
 * dates say which), that begins "Source:"; and it has a dateline. */
#include <string.h>
#include "frus/rules-source.h"

static size_t
nchars(const char *s)
{
	size_t c = 0, i = 0, len, n = strlen(s);
	while (i < n) {
		frus_utf8_char(s + i, n - i, &len);
		i += len;
		c++;
	}
	return c;
}

/* frus.sch's $source-notes-required and $dates-known. */
void
frus_rules_header_dates(frus_rules_ctx *r, xmlNodePtr n)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (T(n, "publicationStmt")) {
			for (xmlNodePtr d = n->children; d; d = d->next) {
				if (!T(d, "date"))
					continue;
				const char *type = A(d, "type");
				if (eq(type, "content-date") || eq(type, "publication-date"))
					r->dates_known = 1;
				if (eq(type, "content-date")) {
					const char *nb = A(d, "notBefore");
					sb_reset(&r->tmp);
					if (nb)
						prefix_chars(&r->tmp, nb, 4);
					if (num(r->tmp.s) >= 1950)
						r->notes_required = 1;
				} else if (eq(type, "publication-date")) {
					sb_reset(&r->tmp);
					string_value(d, &r->tmp);
					sb_reset(&r->tmp2);
					prefix_chars(&r->tmp2, r->tmp.s, 4);
					if (num(r->tmp2.s) > 1995 ||
					    (strcmp(r->tmp2.s, "1995") == 0 && nchars(r->tmp.s) > 4))
						r->notes_required = 1;
				}
			}
		}
		frus_rules_header_dates(r, n->children);
	}
}

/* The first seg[@type='source'] below n, in document order. */
static xmlNodePtr
first_source_seg(xmlNodePtr n)
{
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (T(c, "seg") && eq(A(c, "type"), "source"))
			return c;
		xmlNodePtr d = first_source_seg(c);
		if (d)
			return d;
	}
	return NULL;
}

void
frus_rules_source_note(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl)
{
	if (!(T(n, "div") && eq(A(n, "subtype"), "historical-document") &&
	      !eq(A(n, "type"), "document-pending")))
		return;
	xmlNodePtr sn = NULL;
	for (xmlNodePtr c = n->children; c && !sn; c = c->next)
		if (T(c, "note") && eq(A(c, "type"), "source") && eq(A(c, "rend"), "inline"))
			sn = c;
	for (xmlNodePtr h = n->children; h && !sn; h = h->next)
		if (T(h, "head"))
			for (xmlNodePtr c = h->children; c && !sn; c = c->next)
				if (T(c, "note") && eq(A(c, "type"), "source"))
					sn = c;
	for (xmlNodePtr h = n->children; h && !sn; h = h->next)
		if (T(h, "head"))
			for (xmlNodePtr c = h->children; c && !sn; c = c->next)
				if (T(c, "note"))
					sn = first_source_seg(c);
	const char *text = "";
	if (sn) {
		xmlNodePtr p = child(sn, "p");
		text = norm_value(r, p ? p : sn, &r->tmp);
	}
	xmlNodePtr first = NULL;
	for (xmlNodePtr c = n->children; c && !first; c = c->next)
		if (c->type == XML_ELEMENT_NODE)
			first = c;
	int form = !sn || first == sn || starts(text, "Source:") ||
	           (starts(text, "[Source:") && last_char(text) == ']' && nchars(text) > 9);
	const char *id = XID(n);
	if (r->notes_required && !sn) {
		MSG_START();
		M("historical document "); M(id);
		M(" has no source note (an inline source note, head/note[@type='source'] or head/note//seg[@type='source']): the volume's content is after 1950 or it was published after 1995");
		add(r, P_SOURCE, o, n, E, "frus-source-note");
	}
	if (r->notes_required && !form) {
		MSG_START();
		M("source note of "); M(id); M(" must begin \"Source:\" or read \"[Source: \xE2\x80\xA6]\", not \"");
		prefix_chars(&r->msg, text, 20);
		M("\"");
		add(r, P_SOURCE, o, n, E, "frus-source-note-text");
	}
	if (!r->dates_known && !sn) {
		MSG_START();
		M("historical document "); M(id);
		M(" has no source note (an inline source note, head/note[@type='source'] or head/note//seg[@type='source']); one is required for content after 1950 or volumes published after 1995");
		add(r, P_SOURCE, o, n, W, "frus-source-note-maybe");
	}
	if (!r->notes_required && !form) {
		MSG_START();
		M("source note of "); M(id); M(" should begin \"Source:\" or read \"[Source: \xE2\x80\xA6]\", not \"");
		prefix_chars(&r->msg, text, 20);
		M("\"");
		add(r, P_SOURCE, o, n, W, "frus-source-note-form");
	}
	if (!(fl & D_DL_NA)) {
		MSG_START();
		M("historical document "); M(id); M(" has no dateline");
		add(r, P_SOURCE, o, n, W, "frus-dateline-date");
	}
}

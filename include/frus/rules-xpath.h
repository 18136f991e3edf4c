/* rules-xpath.h — what frus.sch's XPath 1.0 asks of a node, answered from
 * libxml2's tree directly, for the built-in rules (rules.h): a node's
 * string value and normalize-space(), its name, attributes and xml:id, its
 * ancestors and siblings, and the string functions, into a growing
 * buffer.  The names are short so that a rule reads like the expression
 * it stands for: T(n, "div") is self::tei:div, A(n, "type") is @type.
 *
 * Static inline: the rules ask these of every node they look at, from
 * every rule family, and each family's compiler can then inline them. */
#ifndef FRUS_RULES_XPATH_H
#define FRUS_RULES_XPATH_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include "frus/err.h"
#include "frus/textcheck.h"

#define TEI_NS  "http://www.tei-c.org/ns/1.0"
#define FRUS_NS "http://history.state.gov/frus/ns/1.0"

typedef struct {
	char *s;
	size_t n, cap;
} sb;

/* ---- strings ---- */

static inline void
sb_catn(sb *b, const char *s, size_t n)
{
	if (b->n + n + 1 > b->cap) {
		b->cap = (b->n + n + 1) * 2;
		b->s = frus_xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static inline void
sb_cat(sb *b, const char *s)
{
	sb_catn(b, s ? s : "", s ? strlen(s) : 0);
}

static inline void
sb_reset(sb *b)
{
	b->n = 0;
	if (b->s)
		b->s[0] = '\0';
	else
		sb_catn(b, "", 0);
}

static inline void sb_printf(sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static inline void
sb_printf(sb *b, const char *fmt, ...)
{
	char buf[64];
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	sb_catn(b, buf, k < 0 ? 0 : (size_t)k < sizeof buf ? (size_t)k : sizeof buf - 1);
}

/* The string value: the text of every descendant text node. */
static inline void
string_value(xmlNodePtr n, sb *b)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE ||
	    n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
		sb_cat(b, (const char *)n->content);
		return;
	}
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE ||
		    c->type == XML_CDATA_SECTION_NODE)
			string_value(c, b);
}

/* normalize-space(s) appended to b. */
static inline void
normalize(const char *s, sb *b)
{
	int space = 0, any = 0;
	for (; *s; s++) {
		if (frus_is_space((unsigned char)*s)) {
			space = any;
			continue;
		}
		if (space)
			sb_catn(b, " ", 1);
		space = 0;
		any = 1;
		sb_catn(b, s, 1);
	}
}

/* normalize-space(string(n)) = '' without building the string. */
static inline int
blank(xmlNodePtr n)
{
	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE ||
	    n->type == XML_COMMENT_NODE || n->type == XML_PI_NODE) {
		for (const xmlChar *p = n->content; p && *p; p++)
			if (!frus_is_space(*p))
				return 0;
		return 1;
	}
	for (xmlNodePtr c = n->children; c; c = c->next)
		if ((c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE ||
		     c->type == XML_CDATA_SECTION_NODE) && !blank(c))
			return 0;
	return 1;
}

/* The first k characters of s, appended. */
static inline void
prefix_chars(sb *b, const char *s, long k)
{
	size_t i = 0, len;
	for (long c = 0; c < k && s[i]; c++) {
		frus_utf8_char(s + i, strlen(s + i), &len);
		i += len;
	}
	sb_catn(b, s, i);
}

/* The last character of s (0 when empty). */
static inline long
last_char(const char *s)
{
	size_t n = strlen(s), i = n, len;
	if (n == 0)
		return 0;
	while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i > 0)
		i--;
	return frus_utf8_char(s + i, n - i, &len);
}

static inline int
starts(const char *s, const char *p)
{
	return s && strncmp(s, p, strlen(p)) == 0;
}

static inline int
all_digits(const char *s)
{
	if (!s || !*s)
		return 0;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/* "|a|b|" contains "|s|" */
static inline int
in_list(const char *list, const char *s)
{
	size_t n = strlen(s);
	for (const char *p = list; (p = strstr(p, s)); p++)
		if (p > list && p[-1] == '|' && p[n] == '|')
			return 1;
	return 0;
}

static inline double
num(const char *s)
{
	return xmlXPathStringEvalNumber((const xmlChar *)(s ? s : ""));
}

/* ---- nodes ---- */

static inline int
is(xmlNodePtr n, const char *ns, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns &&
	       strcmp((const char *)n->ns->href, ns) == 0 &&
	       strcmp((const char *)n->name, name) == 0;
}

static inline int
T(xmlNodePtr n, const char *name)
{
	return is(n, TEI_NS, name);
}

/* An attribute in no namespace (NULL when absent). */
static inline const char *
A(xmlNodePtr n, const char *name)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next)
		if (!a->ns && strcmp((const char *)a->name, name) == 0)
			return a->children && a->children->content ?
			       (const char *)a->children->content : "";
	return NULL;
}

static inline const char *
XID(xmlNodePtr n)
{
	for (xmlAttrPtr a = n->properties; a; a = a->next)
		if (a->ns && strcmp((const char *)a->name, "id") == 0 &&
		    strcmp((const char *)a->ns->href, (const char *)XML_XML_NAMESPACE) == 0)
			return a->children && a->children->content ?
			       (const char *)a->children->content : "";
	return NULL;
}

static inline int
eq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* name(): the qualified name as written. */
static inline void
qname(sb *b, xmlNodePtr n)
{
	if (!n || (n->type != XML_ELEMENT_NODE && n->type != XML_PI_NODE))
		return;
	if (n->type == XML_ELEMENT_NODE && n->ns && n->ns->prefix) {
		sb_cat(b, (const char *)n->ns->prefix);
		sb_catn(b, ":", 1);
	}
	sb_cat(b, (const char *)n->name);
}

static inline int
has_ancestor(xmlNodePtr n, const char *ns, const char *name)
{
	for (xmlNodePtr a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
		if (is(a, ns, name))
			return 1;
	return 0;
}

static inline int
text_node(xmlNodePtr n)
{
	return n && (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE);
}

/* preceding-sibling::node()[k]: comments and PIs count, as in XPath. */
static inline xmlNodePtr
prev_node(xmlNodePtr n, int k)
{
	for (n = n->prev; n; n = n->prev)
		if (n->type == XML_ELEMENT_NODE || text_node(n) || n->type == XML_COMMENT_NODE ||
		    n->type == XML_PI_NODE)
			if (--k == 0)
				return n;
	return NULL;
}

static inline xmlNodePtr
next_node(xmlNodePtr n)
{
	for (n = n->next; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE || text_node(n) || n->type == XML_COMMENT_NODE ||
		    n->type == XML_PI_NODE)
			return n;
	return NULL;
}

static inline int
count_children(xmlNodePtr n, const char *name, const char *type)
{
	int k = 0;
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (name ? T(c, name) && (!type || eq(A(c, "type"), type)) : c->type == XML_ELEMENT_NODE)
			k++;
	return k;
}

static inline xmlNodePtr
child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (T(c, name))
			return c;
	return NULL;
}

#endif

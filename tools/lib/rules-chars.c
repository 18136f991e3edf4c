/* rules-chars.c — the built-in rules of characters (see rules-chars.h):
 * curly quotation marks, not straight ones, facing the right way, and no
 * space before closing punctuation, in every text (pattern characters, by
 * textcheck.h's scans); no paragraph, head, item, inline note, seg or cell
 * that ends with an opening or starts with a closing curly quotation mark
 * (element-quotes). */
#include <string.h>
#include "frus/textcheck.h"
#include "frus/rules-chars.h"

void
frus_rules_text(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	if (T(n->parent, "catDesc") || T(n->parent, "rendition") || !n->content)
		return;
	unsigned f = frus_text_checks((const char *)n->content, strlen((const char *)n->content));
	if (!f)
		return;
	static const struct { unsigned on, off; const char *id, *msg; } c[] = {
		{ FRUS_TC_OPEN_SPACE, 0, "frus-quote-open-space", "a space after a curly opening quotation mark" },
		{ FRUS_TC_CLOSE_SPACE, 0, "frus-quote-close-space", "a space before a curly closing quotation mark" },
		{ FRUS_TC_STRAIGHT | FRUS_TC_CURLY, 0, "frus-quote-mixed",
		  "straight and curly quotation marks in the same text: make them curly" },
		{ FRUS_TC_STRAIGHT, FRUS_TC_CURLY, "frus-quote-straight", "straight quotation marks: make them curly" },
		{ FRUS_TC_PAIR, 0, "frus-quote-pair", "two curly quotation marks side by side face the wrong way" },
		{ FRUS_TC_PUNCT_SPACE, 0, "frus-punct-space", "a space before closing punctuation" },
	};
	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
		if ((f & c[i].on) == c[i].on && !(f & c[i].off)) {
			MSG_START();
			M(c[i].msg);
			add(r, P_CHARS, o, n, W, c[i].id);
		}
}

/* The first k (at most 2) characters of n's string value into c[], and
 * how many were found; descendants in document order. */
static int
first_chars(xmlNodePtr n, long c[2], int k)
{
	if (text_node(n)) {
		const char *s = (const char *)n->content;
		size_t len, m = s ? strlen(s) : 0, i = 0;
		while (k < 2 && i < m) {
			c[k++] = frus_utf8_char(s + i, m - i, &len);
			i += len;
		}
		return k;
	}
	for (xmlNodePtr d = n->children; d && k < 2; d = d->next)
		if (d->type == XML_ELEMENT_NODE || text_node(d))
			k = first_chars(d, c, k);
	return k;
}

/* The last character of n's string value (0 when it is empty). */
static long
final_char(xmlNodePtr n)
{
	if (text_node(n))
		return n->content ? last_char((const char *)n->content) : 0;
	for (xmlNodePtr d = n->last; d; d = d->prev)
		if (d->type == XML_ELEMENT_NODE || text_node(d)) {
			long c = final_char(d);
			if (c)
				return c;
		}
	return 0;
}

static int
only_quotes(xmlNodePtr n, frus_rules_ctx *r)
{
	sb_reset(&r->tmp);
	string_value(n, &r->tmp);
	const char *s = r->tmp.s;
	size_t k = strlen(s), i = 0, len;
	if (!k)
		return 0;
	while (i < k) {
		long c = frus_utf8_char(s + i, k - i, &len);
		if (!(c == 0x201C || c == 0x201D || c == '"' || c == ' '))
			return 0;
		i += len;
	}
	return 1;
}

void
frus_rules_element_quotes(frus_rules_ctx *r, xmlNodePtr n, unsigned long o)
{
	int item_list = 0;
	if (T(n, "item"))
		item_list = child(n, "list") != NULL;
	if (!(T(n, "p") || T(n, "head") || (T(n, "note") && eq(A(n, "rend"), "inline")) ||
	      (T(n, "item") && !item_list) ||
	      ((T(n, "seg") || T(n, "cell")) && !only_quotes(n, r))))
		return;
	long last = final_char(n);
	if (last == 0x201C || last == 0x2018) {
		MSG_START();
		qname(&r->msg, n);
		M(" ends with a curly opening quotation mark");
		add(r, P_EQUOTES, o, n, W, "frus-quote-open-end");
	}
	long c[2];
	if (first_chars(n, c, 0) == 2 && (c[0] == 0x201D || c[0] == 0x2019) && !frus_is_digit(c[1])) {
		MSG_START();
		qname(&r->msg, n);
		M(" starts with a curly closing quotation mark");
		add(r, P_EQUOTES, o, n, W, "frus-quote-close-start");
	}
}

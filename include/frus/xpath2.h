/* xpath2.h — what FRUS rules need beside XPath 1.0 (frus.sch calls these
 * as frusx:matches, frusx:drop-ellipses and frusx:roman-number; the
 * built-in rules, rules.h, call them directly).
 *
 * Regular expressions are XML Schema's (libxml2's engine, which has the
 * Unicode categories \p{P}, \d as \p{Nd} ...), used the way XPath 2.0's
 * fn:matches uses them without flags: a match anywhere in the string,
 * ^ and $ anchoring the whole expression at the start and the end.
 * Compiled expressions are kept in a cache, one per validator. */
#ifndef FRUS_XPATH2_H
#define FRUS_XPATH2_H

#include <libxml/xmlstring.h>

typedef struct frus_re_cache frus_re_cache;

frus_re_cache *frus_re_cache_new(void);
void frus_re_cache_free(frus_re_cache *c);

/* 1 if s matches re, 0 if not, -1 if re is not a valid expression. */
int frus_re_matches(frus_re_cache *c, const xmlChar *s, const char *re);

/* The Office's value of a roman page number (its ckbk:roman-to-number):
 * each of i v x l c d m (either case) adds its value, or subtracts it when
 * the next letter comes later in the order i I v V x X l L c C d D m M;
 * NaN for an empty string or any other character. */
double frus_roman_number(const xmlChar *s);

/* s without every run of three or more "whitespace, then a full stop"
 * (XPath 2.0: replace(s, '(\s+\.){3,}', '')), as a new string. */
xmlChar *frus_drop_ellipses(const xmlChar *s);

#endif

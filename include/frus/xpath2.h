/* xpath2.h — the two XPath 2.0 helpers FRUS rules need beside XPath 1.0
 * (frus.sch calls them as frusx:matches and frusx:drop-ellipses; the
 * built-in rules, rules.c, call them directly).
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

/* s without every run of three or more "whitespace, then a full stop"
 * (XPath 2.0: replace(s, '(\s+\.){3,}', '')), as a new string. */
xmlChar *frus_drop_ellipses(const xmlChar *s);

#endif

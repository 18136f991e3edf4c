/* rules.h — schemas/frus.sch built in.
 *
 * The Schematron file is the declaration of the rules; this is the same
 * rule set in C, for speed (the compiled Schematron under libxslt takes
 * several times as long as parsing and the grammar together).  It gives
 * the same findings as the compiled schema, in the same order, with the
 * same messages, lines and paths: tests/t-validate.sh runs both engines on
 * the rule cases, the Office's files, the converter's output and volumes
 * and compares.  valid.c uses it only for a rules file whose content hashes
 * to FRUS_RULES_SCH_HASH, the frus.sch it was written for; an edited rules
 * file goes through the Schematron compiler until the C (and the hash)
 * catch up.
 *
 * Two walks over the tree (rules.c): facts about every element's
 * descendants (bottom-up), then every rule in document order, one call per
 * node; the findings are sorted the way the compiled stylesheet emits them
 * (pattern, then document order).  The rules themselves stand by family,
 * each file a few of frus.sch's patterns: rules-header.c, rules-ids.c,
 * rules-divs.c, rules-source.c, rules-dates.c, rules-breaks.c,
 * rules-refs.c, rules-phrases.c, rules-signers.c, rules-lists.c and
 * rules-chars.c, on the state of one check (rules-ctx.h) and XPath 1.0
 * answered from the tree (rules-xpath.h). */
#ifndef FRUS_RULES_H
#define FRUS_RULES_H

#include <stddef.h>
#include <stdint.h>
#include <libxml/tree.h>
#include "frus/diags.h"
#include "frus/xpath2.h"

/* FNV-1a, 64 bits, of schemas/frus.sch as this file implements it. */
#define FRUS_RULES_SCH_HASH UINT64_C(0x9ccd9b7bcf4b7c88)

uint64_t frus_rules_hash(const void *bytes, size_t n);

/* Appends doc's findings to out (re: the cache of the expressions the
 * rules share with frus.sch). */
void frus_rules_check(xmlDocPtr doc, frus_re_cache *re, frus_diags *out);

#endif

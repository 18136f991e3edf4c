/* names.h — linking the persons and terms of a volume's documents to its
 * lists, the way the Office of the Historian tags them.
 *
 * Every occurrence of a listed person's surname (with the given names,
 * initials or nickname of the list entry that precede it, never a title)
 * becomes persName corresp="#p_…"; every occurrence of a listed term
 * becomes gloss target="#t_…"; in text, notes, heads and signatures.
 * Existing persName elements without @corresp get one when their name is
 * in the list.  Only elements are added: the text stays the same.
 *
 * Two persons with one surname are told apart by the given names before
 * it, by the title before it matched against the list's descriptions
 * ("Assistant Secretary Martin"), then by which of them the same document,
 * or else the volume, names unambiguously.  What stays doubtful gets the
 * conservative encoding (a persName without @corresp, or no tag) and a
 * warning. */
#ifndef FRUS_NAMES_H
#define FRUS_NAMES_H

#include <stdio.h>
#include <libxml/tree.h>
#include "frus/lists.h"

typedef struct frus_names frus_names;

/* Either list may be NULL.  The lists must outlive the linker. */
frus_names *frus_names_new(const frus_list *persons, const frus_list *terms);
void frus_names_free(frus_names *nm);

/* Where a document came from, for warnings: the file its div was read
 * from (NULL: the name given to frus_names_link). */
typedef const char *(*frus_names_origin)(void *ctx, xmlNodePtr div);

typedef struct {
	unsigned long persons, persons_linked, terms, warnings;
} frus_names_stats;

/* Links every document div (type="document") under root.  file names the
 * input in warnings unless origin says better. */
void frus_names_link(frus_names *nm, xmlNodePtr root, const char *file,
                     frus_names_origin origin, void *ctx, frus_names_stats *st);

/* Writes one tab-separated line per link under root: document id, kind
 * (persName or gloss), target id, the linked text. */
void frus_names_report(xmlNodePtr root, FILE *fp);

#endif

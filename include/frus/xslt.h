/* xslt.h — a chain of XSLT 1.0 (+EXSLT) stylesheets applied in one process.
 *
 * The result tree of one step is the input of the next: no serialisation
 * and no re-parse between steps.  The final result is written with the
 * last stylesheet's xsl:output (method, encoding, doctype).
 *
 * Diagnostics go through err.h with the stylesheet's file and line:
 *   "tool: xslt/foo.xsl:12: message"
 * xsl:message terminate="no" is a warning, terminate="yes" an error that
 * fails the transformation; XSLT and XPath errors are errors.
 *
 * Stylesheets are sandboxed: no network, no file writes (exsl:document),
 * no directory creation; document() reads only files inside the directory
 * of a stylesheet of the chain or the data directory's xslt/ (their own
 * lookup files), never the input's neighbours or arbitrary paths.
 * Template recursion is bounded (FRUS_XSLT_MAX_DEPTH nested templates), so
 * a runaway stylesheet fails with a message instead of crashing. */
#ifndef FRUS_XSLT_H
#define FRUS_XSLT_H

#include <stdio.h>
#include <stddef.h>
#include <libxml/tree.h>

#define FRUS_XSLT_MAX_DEPTH 3000

typedef struct frus_xslt frus_xslt;

/* Once per process (the other functions call it): EXSLT, the sandbox
 * (no network, no writes; documents loaded without DTDs or entities) and
 * error routing.  Code that drives libxslt itself (valid.c) calls it
 * first so it runs in the same sandbox. */
void frus_xslt_init(void);

frus_xslt *frus_xslt_new(void);
void frus_xslt_free(frus_xslt *x);

/* Compiles and appends a stylesheet; 0, or -1 after reporting. */
int frus_xslt_add_file(frus_xslt *x, const char *path);
/* Appends built-in format NAME: the stylesheets listed in xslt/NAME.chain
 * (one file name per line, relative to xslt/; '#' comments), or else
 * xslt/NAME.xsl.  0, or -1 after reporting (unknown format included). */
int frus_xslt_add_format(frus_xslt *x, const char *name);
/* A string parameter for every step.  The value is taken literally (it
 * may hold both kinds of quote); a later setting of NAME replaces the
 * earlier one. */
void frus_xslt_set_param(frus_xslt *x, const char *name, const char *value);
/* "NAME=VALUE" as given on a command line; -1 after reporting bad syntax. */
int frus_xslt_param(frus_xslt *x, const char *assignment);
size_t frus_xslt_count(const frus_xslt *x);

/* Applies every step to doc (unchanged, except that a first stylesheet
 * with xsl:strip-space removes those whitespace nodes from it, as in
 * xsltproc).  name is the input's name
 * for messages.  Returns the final result (free with xmlFreeDoc), or NULL
 * after reporting. */
xmlDocPtr frus_xslt_apply(frus_xslt *x, xmlDocPtr doc, const char *name);

/* Serialises a result with the last stylesheet's xsl:output.  0 or -1. */
int frus_xslt_save_file(frus_xslt *x, xmlDocPtr result, FILE *fp);
/* The same into a malloc'd buffer (NUL-terminated; free with free()). */
int frus_xslt_save_memory(frus_xslt *x, xmlDocPtr result, char **buf, size_t *len);
/* The same to path ("-" or NULL = stdout), atomically (out.h). */
int frus_xslt_write(frus_xslt *x, xmlDocPtr result, const char *path);

/* File extension for the chain's output, from the last stylesheet's
 * xsl:output: ".html" (html/xhtml method or media-type), ".md"
 * (text/markdown), ".json" (application/json), ".txt" (text), else ".xml". */
const char *frus_xslt_extension(const frus_xslt *x);

/* One stylesheet, one document, for C callers: compiles path, applies it
 * with params (NULL or a NULL-terminated name, value, name, value… list). */
xmlDocPtr frus_xslt_transform(const char *path, xmlDocPtr doc, const char *const *params);

#endif

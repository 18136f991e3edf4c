/* xmlio.h — reading and writing XML safely.
 *
 * Reading never touches the network, never loads external DTDs or entities,
 * and refuses documents that declare entities (billion laughs, XXE): FRUS TEI
 * has no use for them.  Parse errors are reported as
 * "tool: file:line:col: message".  Writing goes through out.h (atomic). */
#ifndef FRUS_XMLIO_H
#define FRUS_XMLIO_H

#include <libxml/tree.h>

/* The namespaces of FRUS TEI. */
#define FRUS_TEI_NS  "http://www.tei-c.org/ns/1.0"
#define FRUS_FRUS_NS "http://history.state.gov/frus/ns/1.0"

/* n is a TEI element named name (any name when name is NULL); n may be NULL. */
int frus_is_tei(xmlNodePtr n, const char *name);

/* Once per process: sets libxml2's error handlers and limits. */
void frus_xml_init(void);

/* path NULL or "-" reads stdin.  Returns NULL after reporting. */
xmlDocPtr frus_xml_read(const char *path);
xmlDocPtr frus_xml_read_memory(const char *name, const char *buf, size_t len);

/* A message from reading a file: a parse error or warning with libxml2's
 * code (an xmlParserErrors value; 0 for the toolkit's own messages such as
 * "cannot read" or a refused entity declaration).  msg has no trailing
 * newline; file and msg live only during the callback. */
typedef struct {
	const char *file;
	long line, col;         /* 0 when unknown */
	int warning;            /* 0 error, 1 warning */
	int code;
	const char *msg;
} frus_xml_diag;
typedef void (*frus_xml_diag_fn)(void *ctx, const frus_xml_diag *d);

/* frus_xml_read, but every message it would print goes to fn instead (and
 * is not counted in frus_nerrors), for callers that report in their own
 * format (frus-validate --format json) or drop what they report otherwise.
 * Not reentrant (one read at a time, as libxml2's handler is global). */
xmlDocPtr frus_xml_read_diag(const char *path, frus_xml_diag_fn fn, void *ctx);

/* Serialises doc (indented where no mixed content) to path ("-" = stdout),
 * atomically.  Returns 0 or -1 after reporting. */
int frus_xml_write(xmlDocPtr doc, const char *path);
/* The same, to an open stream. */
int frus_xml_write_file(xmlDocPtr doc, FILE *fp);

/* A libxml2 structured-error handler that reports through err.h; the
 * context is the file name to print when the error carries none. */
void frus_xml_error_handler(void *ctx, xmlErrorPtr e);

#endif

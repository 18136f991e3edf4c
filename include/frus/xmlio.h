/* xmlio.h — reading and writing XML safely.
 *
 * Reading never touches the network, never loads external DTDs or entities,
 * and refuses documents that declare entities (billion laughs, XXE): FRUS TEI
 * has no use for them.  Parse errors are reported as
 * "tool: file:line:col: message".  Writing goes through out.h (atomic). */
#ifndef FRUS_XMLIO_H
#define FRUS_XMLIO_H

#include <libxml/tree.h>

/* Once per process: sets libxml2's error handlers and limits. */
void frus_xml_init(void);

/* path NULL or "-" reads stdin.  Returns NULL after reporting. */
xmlDocPtr frus_xml_read(const char *path);
xmlDocPtr frus_xml_read_memory(const char *name, const char *buf, size_t len);

/* Serialises doc (indented where no mixed content) to path ("-" = stdout),
 * atomically.  Returns 0 or -1 after reporting. */
int frus_xml_write(xmlDocPtr doc, const char *path);
/* The same, to an open stream. */
int frus_xml_write_file(xmlDocPtr doc, FILE *fp);

/* A libxml2 structured-error handler that reports through err.h; the
 * context is the file name to print when the error carries none. */
void frus_xml_error_handler(void *ctx, xmlErrorPtr e);

#endif

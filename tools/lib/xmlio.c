/* xmlio.c — safe XML input, atomic XML output (see xmlio.h). */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>
#include "frus/err.h"
#include "frus/out.h"
#include "frus/text.h"
#include "frus/xmlio.h"

/* Options for every parse: no network, no DTD loading, no entity
 * substitution; keep line numbers above 65535 (big volumes). */
#define PARSE_OPTS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA)

static void
silent_generic(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

/* Where the read path's messages go: err.h, or the frus_xml_read_diag
 * caller's function.  Counted either way, so that "was anything said?"
 * does not depend on frus_nerrors. */
static struct {
	frus_xml_diag_fn fn;
	void *ctx;
	unsigned long n;
} sink;

static void report(const char *file, long line, long col, int warning, int code,
                   const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static void
report(const char *file, long line, long col, int warning, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sink.n++;
	if (sink.fn) {
		char msg[1024];
		vsnprintf(msg, sizeof msg, fmt, ap);
		frus_xml_diag d = { file, line, col, warning, code, msg };
		sink.fn(sink.ctx, &d);
	} else if (warning) {
		char msg[1024];
		vsnprintf(msg, sizeof msg, fmt, ap);
		frus_warning(file, line, col, "%s", msg);
	} else {
		frus_verror(file, line, col, fmt, ap);
	}
	va_end(ap);
}

void
frus_xml_error_handler(void *ctx, xmlErrorPtr e)
{
	const char *file = e->file ? e->file : (const char *)ctx;
	char msg[1024];
	size_t n;

	if (!e || e->level == XML_ERR_NONE)
		return;
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (e->level == XML_ERR_WARNING)
		frus_warning(file, e->line, e->int2, "%s", msg);
	else
		frus_error(file, e->line, e->int2, "%s", msg);
}

/* The handler set around a parse: the same message, through the sink. */
static void
parse_error_handler(void *ctx, xmlErrorPtr e)
{
	const char *file;
	char msg[1024];
	size_t n;

	if (!e || e->level == XML_ERR_NONE)
		return;
	file = e->file ? e->file : (const char *)ctx;
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	report(file, e->line, e->int2, e->level == XML_ERR_WARNING, e->code, "%s", msg);
}

void
frus_xml_init(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	xmlInitParser();
	xmlSetGenericErrorFunc(NULL, silent_generic);
	xmlLineNumbersDefault(1);
}

/* Refuses entity declarations: internal ones can explode (billion laughs),
 * external ones read local files.  Neither is used by TEI. */
static int
has_entities(xmlDocPtr doc)
{
	xmlDtdPtr dtd = doc->intSubset;
	if (!dtd)
		return 0;
	for (xmlNodePtr n = dtd->children; n; n = n->next)
		if (n->type == XML_ENTITY_DECL)
			return 1;
	return 0;
}

/* The parse under way: an entity declaration stops it at once, before
 * any expansion work, with one message at the declaration.
 * (xmlCtxtReadMemory resets ctxt->_private, hence a static.) */
static struct {
	const char *name;
	int refused;
} cur;

static void
refuse_entity(xmlParserCtxtPtr ctxt, const xmlChar *ent)
{
	if (!cur.refused)
		report(cur.name, xmlSAX2GetLineNumber(ctxt), xmlSAX2GetColumnNumber(ctxt), 0, 0,
		           "the document declares entity \"%s\": refused (entity declarations "
		           "are not allowed: no entity expansion, no external entities)",
		           (const char *)ent);
	cur.refused = 1;
	xmlStopParser(ctxt);
}

static void
on_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *pub,
               const xmlChar *sys, xmlChar *content)
{
	(void)type, (void)pub, (void)sys, (void)content;
	refuse_entity(ctx, name);
}

static void
on_unparsed_entity_decl(void *ctx, const xmlChar *name, const xmlChar *pub,
                        const xmlChar *sys, const xmlChar *notation)
{
	(void)pub, (void)sys, (void)notation;
	refuse_entity(ctx, name);
}

static xmlDocPtr
finish(xmlParserCtxtPtr ctxt, xmlDocPtr doc, const char *name)
{
	if (doc && (!ctxt->wellFormed || cur.refused)) {
		xmlFreeDoc(doc);
		doc = NULL;
	}
	if (!doc) {
		if (cur.refused)
			return NULL;
		if (ctxt->lastError.code == XML_ERR_OK || sink.n == 0)
			report(name, 0, 0, 0, 0, "not well-formed XML");
		return NULL;
	}
	if (has_entities(doc)) {
		report(name, 1, 1, 0, 0, "the document declares entities: refused "
		           "(entity expansion and external entities are not allowed)");
		xmlFreeDoc(doc);
		return NULL;
	}
	if (!xmlDocGetRootElement(doc)) {
		report(name, 0, 0, 0, 0, "no root element");
		xmlFreeDoc(doc);
		return NULL;
	}
	return doc;
}

xmlDocPtr
frus_xml_read_memory(const char *name, const char *buf, size_t len)
{
	frus_xml_init();
	if (len == 0) {
		report(name, 0, 0, 0, 0, "input is empty: expected an XML document");
		return NULL;
	}
	if (len > (size_t)1 << 30) {
		report(name, 0, 0, 0, 0, "input too large (over 1 GiB)");
		return NULL;
	}
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	if (!ctxt)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	/* libxml2 2.9 has no per-context structured handler: set the global
	 * one around the parse. */
	xmlSetStructuredErrorFunc((void *)name, parse_error_handler);
	ctxt->sax->entityDecl = on_entity_decl;
	ctxt->sax->unparsedEntityDecl = on_unparsed_entity_decl;
	cur.name = name;
	cur.refused = 0;
	unsigned long before = sink.n;
	xmlDocPtr doc = xmlCtxtReadMemory(ctxt, buf, (int)len, name, NULL, PARSE_OPTS);
	xmlSetStructuredErrorFunc(NULL, NULL);
	if (!doc && sink.n == before)
		report(name, 0, 0, 0, 0, "not well-formed XML");
	doc = finish(ctxt, doc, name);
	xmlFreeParserCtxt(ctxt);
	return doc;
}

xmlDocPtr
frus_xml_read(const char *path)
{
	const char *name = (!path || strcmp(path, "-") == 0) ? "<stdin>" : path;
	char *buf;
	size_t len;

	if (frus_slurp(path, &buf, &len) != 0) {
		report(name, 0, 0, 0, 0, "cannot read: %s", strerror(errno));
		return NULL;
	}
	xmlDocPtr doc = frus_xml_read_memory(name, buf, len);
	free(buf);
	return doc;
}

xmlDocPtr
frus_xml_read_diag(const char *path, frus_xml_diag_fn fn, void *ctx)
{
	sink.fn = fn;
	sink.ctx = ctx;
	xmlDocPtr doc = frus_xml_read(path);
	sink.fn = NULL;
	sink.ctx = NULL;
	return doc;
}

static int
write_cb(void *ctx, const char *buf, int len)
{
	return fwrite(buf, 1, (size_t)len, ctx) == (size_t)len ? len : -1;
}

int
frus_xml_write_file(xmlDocPtr doc, FILE *fp)
{
	xmlSaveCtxtPtr s = xmlSaveToIO(write_cb, NULL, fp, "UTF-8", XML_SAVE_FORMAT);
	if (!s)
		return -1;
	int rc = xmlSaveDoc(s, doc) < 0 ? -1 : 0;
	if (xmlSaveClose(s) < 0)
		rc = -1;
	return rc || ferror(fp) ? -1 : 0;
}

int
frus_xml_write(xmlDocPtr doc, const char *path)
{
	frus_out *o = frus_out_open(path);
	if (!o)
		return -1;
	if (frus_xml_write_file(doc, frus_out_file(o)) != 0) {
		frus_error(frus_out_path(o), 0, 0, "cannot write XML");
		frus_out_abort(o);
		return -1;
	}
	return frus_out_commit(o);
}

int
frus_is_tei(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns &&
	       xmlStrEqual(n->ns->href, BAD_CAST FRUS_TEI_NS) &&
	       (!name || xmlStrEqual(n->name, BAD_CAST name));
}

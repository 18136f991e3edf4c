/* epub.c — EPUB 3 e-books from TEI (see epub.h). */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <libxml/hash.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <libxml/xpath.h>
#include <libxml/xmlsave.h>
#include <zip.h>
#include "frus/datadir.h"
#include "frus/epub.h"
#include "frus/err.h"
#include "frus/images.h"
#include "frus/out.h"
#include "frus/text.h"
#include "frus/xmlio.h"
#include "frus/xslt.h"

#define IN_NS    "urn:x-frus-epub:input"
#define MAN_NS   "urn:x-frus-epub:manifest"
#define XML_NS   "http://www.w3.org/XML/1998/namespace"

/* ---- SHA-1 (FIPS 180-4), for the name-based UUID ---- */

typedef struct {
	uint32_t h[5];
	uint64_t len;
	unsigned char buf[64];
	size_t n;
} sha1;

static uint32_t rol(uint32_t x, int k) { return x << k | x >> (32 - k); }

static void
sha1_block(sha1 *s, const unsigned char *p)
{
	uint32_t w[80], a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4];
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 80; i++)
		w[i] = rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
	for (int i = 0; i < 80; i++) {
		uint32_t f, k;
		if (i < 20)      { f = (b & c) | (~b & d);          k = 0x5a827999; }
		else if (i < 40) { f = b ^ c ^ d;                   k = 0x6ed9eba1; }
		else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
		else             { f = b ^ c ^ d;                   k = 0xca62c1d6; }
		uint32_t t = rol(a, 5) + f + e + k + w[i];
		e = d; d = c; c = rol(b, 30); b = a; a = t;
	}
	s->h[0] += a; s->h[1] += b; s->h[2] += c; s->h[3] += d; s->h[4] += e;
}

static void
sha1_init(sha1 *s)
{
	static const uint32_t h0[5] = { 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0 };
	memcpy(s->h, h0, sizeof h0);
	s->len = 0;
	s->n = 0;
}

static void
sha1_update(sha1 *s, const void *data, size_t len)
{
	const unsigned char *p = data;
	s->len += len;
	while (len > 0) {
		size_t k = 64 - s->n < len ? 64 - s->n : len;
		memcpy(s->buf + s->n, p, k);
		s->n += k;
		p += k;
		len -= k;
		if (s->n == 64) {
			sha1_block(s, s->buf);
			s->n = 0;
		}
	}
}

static void
sha1_final(sha1 *s, unsigned char out[20])
{
	uint64_t bits = s->len * 8;
	unsigned char pad = 0x80, zero = 0, lenb[8];
	sha1_update(s, &pad, 1);
	while (s->n != 56)
		sha1_update(s, &zero, 1);
	for (int i = 0; i < 8; i++)
		lenb[i] = (unsigned char)(bits >> (56 - 8 * i));
	sha1_update(s, lenb, 8);
	for (int i = 0; i < 5; i++)
		for (int j = 0; j < 4; j++)
			out[4 * i + j] = (unsigned char)(s->h[i] >> (24 - 8 * j));
}

/* RFC 4122 version 5 in the URL namespace (the name being the input). */
static void
uuid_start(sha1 *s)
{
	static const unsigned char ns_url[16] = {
		0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
		0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8 };
	sha1_init(s);
	sha1_update(s, ns_url, sizeof ns_url);
}

static void
uuid_finish(sha1 *s, char out[46])
{
	unsigned char h[20];
	sha1_final(s, h);
	h[6] = (unsigned char)((h[6] & 0x0f) | 0x50);
	h[8] = (unsigned char)((h[8] & 0x3f) | 0x80);
	char *p = out + sprintf(out, "urn:uuid:");
	for (int i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			*p++ = '-';
		p += sprintf(p, "%02x", h[i]);
	}
}

void
frus_epub_uuid(const unsigned char *data, size_t len, char out[46])
{
	sha1 s;
	uuid_start(&s);
	sha1_update(&s, data, len);
	uuid_finish(&s, out);
}

/* ---- dates ---- */

static int
digits(const char *s, int n)
{
	for (int i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int
frus_epub_date(const char *s, char out[21])
{
	size_t n = strlen(s);
	if (n == 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' && digits(s + 8, 2)) {
		snprintf(out, 21, "%.10sT00:00:00Z", s);
	} else if (n == 20 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' &&
	           digits(s + 8, 2) && s[10] == 'T' && digits(s + 11, 2) && s[13] == ':' &&
	           digits(s + 14, 2) && s[16] == ':' && digits(s + 17, 2) && s[19] == 'Z') {
		memcpy(out, s, 21);
	} else {
		return -1;
	}
	int mo = atoi(out + 5), d = atoi(out + 8), h = atoi(out + 11), mi = atoi(out + 14), se = atoi(out + 17);
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60)
		return -1;
	return 0;
}

/* The zip timestamp for a CCYY-MM-DDThh:mm:ssZ date.  libzip stores
 * local (DOS) time made with localtime(), so mktime() of the wanted fields
 * gives the same bytes in every time zone. */
static time_t
zip_time(const char *iso)
{
	struct tm tm;
	memset(&tm, 0, sizeof tm);
	tm.tm_year = atoi(iso) - 1900;
	tm.tm_mon = atoi(iso + 5) - 1;
	tm.tm_mday = atoi(iso + 8);
	tm.tm_hour = atoi(iso + 11);
	tm.tm_min = atoi(iso + 14);
	tm.tm_sec = atoi(iso + 17) & ~1;  /* DOS time has 2 s steps */
	if (tm.tm_year < 80) {            /* DOS time starts in 1980 */
		memset(&tm, 0, sizeof tm);
		tm.tm_year = 80;
		tm.tm_mday = 1;
	}
	tm.tm_isdst = -1;
	return mktime(&tm);
}

/* ---- ids: unique across the book, and present where the book needs them ---- */

typedef struct {
	xmlHashTablePtr seen;
	const char *prefix;      /* "" for a single input */
	const char *name;        /* the input, for messages */
	unsigned long gen;       /* counter for made-up ids */
} idpass;


static void
set_id(xmlNodePtr n, xmlAttrPtr a, const char *val)
{
	if (a) {
		xmlRemoveID(n->doc, a);
		xmlNodeSetContent((xmlNodePtr)a, BAD_CAST val);
	} else {
		xmlNsPtr ns = xmlSearchNsByHref(n->doc, n, BAD_CAST XML_NS);
		a = xmlSetNsProp(n, ns, BAD_CAST "id", BAD_CAST val);
	}
}

static char *
join(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 1;
	char *s = frus_xmalloc(n);
	snprintf(s, n, "%s%s", a, b);
	return s;
}

/* An id not used yet: base, else base-2, base-3… */
static char *
fresh(idpass *p, const char *base)
{
	char *id = frus_xstrdup(base);
	for (unsigned long k = 2; xmlHashLookup(p->seen, BAD_CAST id); k++) {
		size_t n = strlen(base) + 24;
		free(id);
		id = frus_xmalloc(n);
		snprintf(id, n, "%s-%lu", base, k);
	}
	xmlHashAddEntry(p->seen, BAD_CAST id, (void *)1);
	return id;
}

/* Rewrites "#x" tokens of a pointer attribute to "#<prefix>x" (and the two
 * ends of "#range(a,b)"). */
static void
prefix_pointers(xmlNodePtr n, xmlAttrPtr a, const char *prefix)
{
	xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
	if (!v)
		return;
	size_t plen = strlen(prefix), cap = xmlStrlen(v) * (plen + 2) + plen * 2 + 16, k = 0;
	char *o = frus_xmalloc(cap);
	const char *s = (const char *)v;
	int changed = 0;
	while (*s) {
		if (*s == '#' && (s == (const char *)v || s[-1] == ' ' || s[-1] == '\t' || s[-1] == '\n')) {
			o[k++] = '#';
			s++;
			if (strncmp(s, "range(", 6) == 0) {
				memcpy(o + k, "range(", 6);
				k += 6;
				s += 6;
				memcpy(o + k, prefix, plen);
				k += plen;
				while (*s && *s != ',' && *s != ')' && *s != ' ')
					o[k++] = *s++;
				if (*s == ',') {
					o[k++] = *s++;
					memcpy(o + k, prefix, plen);
					k += plen;
				}
			} else {
				memcpy(o + k, prefix, plen);
				k += plen;
			}
			changed = 1;
			continue;
		}
		o[k++] = *s++;
	}
	o[k] = '\0';
	if (changed)
		xmlSetProp(n, a->name, BAD_CAST o);
	free(o);
	xmlFree(v);
}

/* Does the book need an id on this element (a file, a link target)? */
static int
needs_id(xmlNodePtr n)
{
	static const char *const names[] = { "div", "titlePage", "front", "body", "back", "note", "pb", NULL };
	if (!frus_is_tei(n, NULL))
		return 0;
	for (int i = 0; names[i]; i++)
		if (xmlStrEqual(n->name, BAD_CAST names[i]))
			return 1;
	return 0;
}

static xmlNodePtr
next_element(xmlNodePtr n, xmlNodePtr root)
{
	if (n->children) {
		for (xmlNodePtr c = n->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return c;
	}
	for (; n && n != root; n = n->parent)
		for (xmlNodePtr c = n->next; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				return c;
	return NULL;
}

/* Pass 1: prefix and record every existing id (renaming duplicates). */
static void
ids_existing(idpass *p, xmlNodePtr root)
{
	for (xmlNodePtr n = root; n; n = next_element(n, root)) {
		xmlAttrPtr a = xmlHasNsProp(n, BAD_CAST "id", BAD_CAST XML_NS);
		if (a) {
			xmlChar *v = xmlNodeGetContent((xmlNodePtr)a);
			char *want = join(p->prefix, v ? (const char *)v : "");
			if (xmlHashLookup(p->seen, BAD_CAST want))
				frus_warning(p->name, xmlGetLineNo(n), 0,
				             "duplicate xml:id \"%s\": renamed in the e-book", v ? (const char *)v : "");
			char *id = fresh(p, want);
			if (strcmp(id, (const char *)v) != 0)
				set_id(n, a, id);
			free(id);
			free(want);
			xmlFree(v);
		}
		if (*p->prefix)
			for (xmlAttrPtr t = n->properties; t; t = t->next)
				if (!t->ns && xmlStrEqual(t->name, BAD_CAST "target"))
					prefix_pointers(n, t, p->prefix);
	}
}

/* Pass 2: an id for every division, page break and note that has none. */
static void
ids_missing(idpass *p, xmlNodePtr root)
{
	for (xmlNodePtr n = root; n; n = next_element(n, root)) {
		if (!needs_id(n) || xmlHasNsProp(n, BAD_CAST "id", BAD_CAST XML_NS))
			continue;
		char base[64];
		snprintf(base, sizeof base, "%s%s-%lu", p->prefix, (const char *)n->name, ++p->gen);
		char *id = fresh(p, base);
		set_id(n, NULL, id);
		free(id);
	}
}

/* ---- reading the inputs into one book ---- */

typedef struct {
	xmlDocPtr book;
	sha1 hash;
	frus_images images;
} reader;

/* The directory relative links of an input are read from (malloc'd). */
static char *
input_dir(const char *path)
{
	if (!path || strcmp(path, "-") == 0)
		return frus_xstrdup(".");
	const char *slash = strrchr(path, '/');
	if (!slash)
		return frus_xstrdup(".");
	if (slash == path)
		return frus_xstrdup("/");
	return frus_xstrndup(path, (size_t)(slash - path));
}

static int
add_input(reader *r, const char *path, int idx, int n, xmlHashTablePtr seen)
{
	const char *name = (!path || strcmp(path, "-") == 0) ? "<stdin>" : path;
	char *buf;
	size_t len;

	if (frus_slurp(path && strcmp(path, "-") != 0 ? path : NULL, &buf, &len) != 0) {
		frus_error(name, 0, 0, "cannot read: %s", strerror(errno));
		return FRUS_EXIT_USAGE;
	}
	/* The name of the UUID: every input's length and bytes, in order. */
	char lenb[32];
	int k = snprintf(lenb, sizeof lenb, "%zu:", len);
	sha1_update(&r->hash, lenb, (size_t)k);
	sha1_update(&r->hash, buf, len);
	xmlDocPtr doc = frus_xml_read_memory(name, buf, len);
	free(buf);
	if (!doc)
		return FRUS_EXIT_USAGE;
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr text = NULL;
	for (xmlNodePtr c = root->children; c; c = c->next)
		if (frus_is_tei(c, "text"))
			text = c;
	if (!frus_is_tei(root, "TEI") || !text) {
		frus_error(name, xmlGetLineNo(root), 0, "not a TEI document (%s): expected TEI with a text element",
		           frus_is_tei(root, "TEI") ? "no text element" : "root element is not TEI");
		xmlFreeDoc(doc);
		return FRUS_EXIT_INVALID;
	}
	char prefix[32] = "";
	if (n > 1)
		snprintf(prefix, sizeof prefix, "f%d-", idx + 1);
	idpass p = { seen, prefix, name, 0 };
	ids_existing(&p, root);
	ids_missing(&p, root);
	{
		char *dir = input_dir(path);
		xmlNsPtr ns = xmlSearchNsByHref(doc, root, BAD_CAST IN_NS);
		if (!ns)
			ns = xmlNewNs(root, BAD_CAST IN_NS, BAD_CAST "in");
		if (!ns)  /* the input uses the prefix "in" for something else */
			ns = xmlNewNs(root, BAD_CAST IN_NS, BAD_CAST "frus-epub-in");
		frus_images_add(&r->images, root, ns, name, dir);
		free(dir);
	}

	xmlNodePtr in = xmlNewChild(xmlDocGetRootElement(r->book), xmlDocGetRootElement(r->book)->ns,
	                            BAD_CAST "input", NULL);
	char num[16];
	snprintf(num, sizeof num, "%d", idx + 1);
	xmlSetProp(in, BAD_CAST "n", BAD_CAST num);
	xmlSetProp(in, BAD_CAST "name", BAD_CAST name);
	/* A copy, so that the book owns every string (no shared dictionary)
	 * and registers the ids as they now read. */
	xmlAddChild(in, xmlDocCopyNode(root, r->book, 1));
	xmlFreeDoc(doc);
	return FRUS_EXIT_OK;
}

/* ---- the package ---- */

typedef struct {
	char *data;
	size_t len;
	const char *href;   /* in OEBPS/ */
	const char *type;
} blob;

/* Reads the cover and names it by its content. */
static int
read_cover(const char *path, blob *b)
{
	if (frus_slurp(path, &b->data, &b->len) != 0) {
		frus_error(path, 0, 0, "cannot read: %s", strerror(errno));
		return -1;
	}
	const char *ext;
	b->type = frus_image_type(b->data, b->len, 0, &ext);
	if (!b->type) {
		frus_error(path, 0, 0, "cover is not a PNG, JPEG or GIF image");
		free(b->data);
		b->data = NULL;
		return -1;
	}
	b->href = strcmp(ext, "png") == 0 ? "cover.png" : strcmp(ext, "jpg") == 0 ? "cover.jpg" : "cover.gif";
	return 0;
}

/* One XML file of the manifest, with its declaration (and the HTML doctype). */
static char *
serialise(xmlNodePtr node, int html, size_t *len)
{
	xmlBufferPtr b = xmlBufferCreate();
	if (!b)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	xmlBufferCCat(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	if (html)
		xmlBufferCCat(b, "<!DOCTYPE html>\n");
	/* Indent the package files; never XHTML, whose spaces are text. */
	xmlSaveCtxtPtr s = xmlSaveToBuffer(b, "UTF-8", XML_SAVE_NO_DECL | (html ? 0 : XML_SAVE_FORMAT));
	if (!s || xmlSaveTree(s, node) < 0 || xmlSaveClose(s) < 0) {
		xmlBufferFree(b);
		return NULL;
	}
	xmlBufferCCat(b, "\n");
	*len = (size_t)xmlBufferLength(b);
	char *data = (char *)xmlBufferDetach(b);
	xmlBufferFree(b);
	return data;
}

static int
zip_put(zip_t *za, const char *path, char *data, size_t len, int owned, int store, time_t mtime)
{
	zip_source_t *src = zip_source_buffer(za, data, len, owned);
	if (!src) {
		if (owned)
			free(data);
		return -1;
	}
	zip_int64_t i = zip_file_add(za, path, src, ZIP_FL_ENC_UTF_8);
	if (i < 0) {
		zip_source_free(src);
		return -1;
	}
	if (zip_set_file_compression(za, (zip_uint64_t)i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0) < 0 ||
	    zip_file_set_mtime(za, (zip_uint64_t)i, mtime, 0) < 0 ||
	    zip_file_set_external_attributes(za, (zip_uint64_t)i, 0, ZIP_OPSYS_UNIX, 0100644u << 16) < 0)
		return -1;
	return 0;
}

static char *
attr(xmlNodePtr n, const char *name)
{
	return (char *)xmlGetProp(n, BAD_CAST name);
}

/* Zips the manifest into memory.  Returns 0 or -1 after reporting. */
static int
package(xmlDocPtr man, blob *css, blob *cover, const frus_images *images, char **out, size_t *outlen)
{
	xmlNodePtr root = xmlDocGetRootElement(man);
	if (!root || !root->ns || !xmlStrEqual(root->ns->href, BAD_CAST MAN_NS)) {
		frus_error(NULL, 0, 0, "the e-book stylesheet made no manifest");
		return -1;
	}
	char *mod = attr(root, "modified");
	char iso[21];
	if (!mod || frus_epub_date(mod, iso) != 0) {
		frus_error(NULL, 0, 0, "the e-book stylesheet gave a bad modified date \"%s\"", mod ? mod : "");
		xmlFree(mod);
		return -1;
	}
	xmlFree(mod);
	time_t mtime = zip_time(iso);

	zip_error_t ze;
	zip_error_init(&ze);
	zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_t *za = mem ? zip_open_from_source(mem, ZIP_TRUNCATE, &ze) : NULL;
	if (!za) {
		frus_error(NULL, 0, 0, "zip: %s", zip_error_strerror(&ze));
		zip_source_free(mem);
		zip_error_fini(&ze);
		return -1;
	}
	zip_source_keep(mem);
	int rc = zip_put(za, "mimetype", (char *)"application/epub+zip", 20, 0, 1, mtime);
	for (xmlNodePtr f = root->children; f && rc == 0; f = f->next) {
		if (f->type != XML_ELEMENT_NODE)
			continue;
		char *path = attr(f, "path"), *src = attr(f, "source"), *dt = attr(f, "doctype");
		if (!path) {
			rc = -1;
		} else if (src) {
			blob *b = strcmp(src, "css") == 0 ? css : strcmp(src, "cover") == 0 ? cover : NULL;
			const frus_image *im = strcmp(src, "image") == 0 && strncmp(path, "OEBPS/", 6) == 0 ?
			                       frus_images_find(images, path + 6) : NULL;
			/* Images are compressed already: stored, not deflated again. */
			if (im)
				rc = zip_put(za, path, im->data, im->len, 0, strcmp(im->type, "image/svg+xml") != 0, mtime);
			else
				rc = b && b->data ? zip_put(za, path, b->data, b->len, 0, 0, mtime) : -1;
		} else {
			xmlNodePtr c = f->children;
			while (c && c->type != XML_ELEMENT_NODE)
				c = c->next;
			size_t len = 0;
			char *data = c ? serialise(c, dt != NULL, &len) : NULL;
			rc = data ? zip_put(za, path, data, len, 1, 0, mtime) : -1;
		}
		if (rc != 0)
			frus_error(NULL, 0, 0, "cannot add %s to the e-book: %s", path ? path : "a file",
			           zip_strerror(za));
		xmlFree(path);
		xmlFree(src);
		xmlFree(dt);
	}
	if (rc != 0) {
		zip_discard(za);
	} else if (zip_close(za) < 0) {
		frus_error(NULL, 0, 0, "zip: %s", zip_strerror(za));
		zip_discard(za);
		rc = -1;
	}
	if (rc == 0) {
		zip_stat_t st;
		zip_stat_init(&st);
		if (zip_source_stat(mem, &st) < 0 || zip_source_open(mem) < 0) {
			frus_error(NULL, 0, 0, "zip: cannot read the archive back");
			rc = -1;
		} else {
			*outlen = (size_t)st.size;
			*out = frus_xmalloc(*outlen ? *outlen : 1);
			if (zip_source_read(mem, *out, st.size) != (zip_int64_t)st.size) {
				frus_error(NULL, 0, 0, "zip: cannot read the archive back");
				free(*out);
				*out = NULL;
				rc = -1;
			}
			zip_source_close(mem);
		}
	}
	zip_source_free(mem);
	zip_error_fini(&ze);
	return rc;
}

/* The modified date: the option, else SOURCE_DATE_EPOCH, else "" (the
 * stylesheet then takes the input's date). */
static int
modified_date(const frus_epub_opts *o, char iso[21])
{
	iso[0] = '\0';
	if (o->modified) {
		if (frus_epub_date(o->modified, iso) != 0) {
			frus_error(NULL, 0, 0, "--modified %s: expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ",
			           o->modified);
			return -1;
		}
		return 0;
	}
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	if (sde && *sde) {
		char *end;
		errno = 0;
		long long v = strtoll(sde, &end, 10);
		struct tm tm;
		time_t t = (time_t)v;
		if (errno || *end || v < 0 || !gmtime_r(&t, &tm)) {
			frus_error(NULL, 0, 0, "SOURCE_DATE_EPOCH=%s: expected seconds since 1970", sde);
			return -1;
		}
		strftime(iso, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
	}
	return 0;
}

int
frus_epub_build(const char *const *inputs, int n, const frus_epub_opts *o, const char *out)
{
	static const char *const stdin_only[] = { "-" };
	char iso[21], uuid[46];
	blob css = { 0 }, cover = { 0 };
	int rc = FRUS_EXIT_USAGE;
	reader r = { NULL, { { 0 }, 0, { 0 }, 0 }, { NULL, 0, 0 } };
	xmlHashTablePtr seen = NULL;
	xmlDocPtr man = NULL;
	frus_xslt *x = NULL;
	char *zipdata = NULL;
	size_t ziplen = 0;

	if (n == 0) {
		inputs = stdin_only;
		n = 1;
	}
	if (modified_date(o, iso) != 0)
		return FRUS_EXIT_USAGE;
	if (!out || strcmp(out, "-") == 0) {
		if (isatty(STDOUT_FILENO)) {
			frus_error(NULL, 0, 0, "will not write an e-book to a terminal: use -o BOOK.epub");
			return FRUS_EXIT_USAGE;
		}
	}
	/* Open the output first: a path we cannot write fails before the work. */
	frus_out *fo = frus_out_open(out);
	if (!fo)
		return FRUS_EXIT_USAGE;

	if (o->cover && read_cover(o->cover, &cover) != 0)
		goto done;
	{
		char *cssp = o->css ? frus_xstrdup(o->css) : frus_datapath("xslt/epub/frus-epub.css");
		int bad = frus_slurp(cssp, &css.data, &css.len) != 0;
		if (bad)
			frus_error(cssp, 0, 0, "cannot read the style sheet: %s", strerror(errno));
		free(cssp);
		if (bad)
			goto done;
	}

	frus_xml_init();
	r.book = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr broot = xmlNewNode(NULL, BAD_CAST "book");
	xmlDocSetRootElement(r.book, broot);
	xmlSetNs(broot, xmlNewNs(broot, BAD_CAST IN_NS, BAD_CAST "in"));
	uuid_start(&r.hash);
	seen = xmlHashCreate(1024);
	for (int i = 0; i < n; i++) {
		int st = add_input(&r, inputs[i], i, n, seen);
		if (st != FRUS_EXIT_OK) {
			rc = st;
			goto done;
		}
	}
	uuid_finish(&r.hash, uuid);

	x = frus_xslt_new();
	{
		char *sheet = frus_datapath("xslt/epub/epub.xsl");
		int bad = frus_xslt_add_file(x, sheet);
		free(sheet);
		if (bad) {
			rc = FRUS_EXIT_USAGE;
			goto done;
		}
	}
	frus_xslt_set_param(x, "uuid", uuid);
	if (iso[0])
		frus_xslt_set_param(x, "modified-param", iso);
	if (o->title)
		frus_xslt_set_param(x, "title-param", o->title);
	if (o->css)
		frus_xslt_set_param(x, "custom-css", "1");
	if (cover.data) {
		frus_xslt_set_param(x, "cover-href", cover.href);
		frus_xslt_set_param(x, "cover-type", cover.type);
	}
	/* Numbered elements make every document-order comparison (node-set unions, sorting)
	 * constant time instead of a walk of the tree. */
	xmlXPathOrderDocElems(r.book);
	man = frus_xslt_apply(x, r.book, n == 1 ? inputs[0] : "<book>");
	if (!man || package(man, &css, &cover, &r.images, &zipdata, &ziplen) != 0) {
		rc = FRUS_EXIT_INVALID;
		goto done;
	}
	if (fwrite(zipdata, 1, ziplen, frus_out_file(fo)) != ziplen) {
		frus_error(frus_out_path(fo), 0, 0, "write error: %s", strerror(errno));
		goto done;
	}
	rc = frus_out_commit(fo) == 0 ? FRUS_EXIT_OK : FRUS_EXIT_USAGE;
	fo = NULL;
done:
	if (fo)
		frus_out_abort(fo);
	free(zipdata);
	xmlFreeDoc(man);
	if (x)
		frus_xslt_free(x);
	if (seen)
		xmlHashFree(seen, NULL);
	xmlFreeDoc(r.book);
	frus_images_free(&r.images);
	free(css.data);
	free(cover.data);
	return rc;
}

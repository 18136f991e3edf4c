/* images.c — image files named by TEI graphic elements (see images.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "frus/err.h"
#include "frus/images.h"
#include "frus/text.h"
#include "frus/xmlio.h"


const char *
frus_image_type(const char *data, size_t len, int svg, const char **ext)
{
	const unsigned char *d = (const unsigned char *)data;
	if (len >= 8 && memcmp(d, "\x89PNG\r\n\x1a\n", 8) == 0) {
		*ext = "png";
		return "image/png";
	}
	if (len >= 3 && d[0] == 0xff && d[1] == 0xd8 && d[2] == 0xff) {
		*ext = "jpg";
		return "image/jpeg";
	}
	if (len >= 6 && (memcmp(d, "GIF87a", 6) == 0 || memcmp(d, "GIF89a", 6) == 0)) {
		*ext = "gif";
		return "image/gif";
	}
	if (svg) {
		/* XML whose first element is svg: skip a BOM, the declaration,
		 * comments and a doctype before it. */
		size_t i = len >= 3 && memcmp(d, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
		while (i < len) {
			while (i < len && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n'))
				i++;
			if (i + 1 >= len || d[i] != '<')
				break;
			if (d[i + 1] == '?' || d[i + 1] == '!') {
				const char *end = memchr(d + i, '>', len - i);
				if (!end)
					break;
				i = (size_t)((const unsigned char *)end - d) + 1;
				continue;
			}
			if (len - i >= 5 && memcmp(d + i, "<svg", 4) == 0 &&
			    (d[i + 4] == ' ' || d[i + 4] == '>' || d[i + 4] == '\n' || d[i + 4] == '\t' || d[i + 4] == '\r')) {
				*ext = "svg";
				return "image/svg+xml";
			}
			break;
		}
	}
	*ext = NULL;
	return NULL;
}


static int
regular_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* A url with a scheme (http:, data:, …) is not a file beside the document. */
static int
has_scheme(const char *u)
{
	size_t i = 0;
	while ((u[i] >= 'a' && u[i] <= 'z') || (u[i] >= 'A' && u[i] <= 'Z') ||
	       (i > 0 && ((u[i] >= '0' && u[i] <= '9') || u[i] == '+' || u[i] == '-' || u[i] == '.')))
		i++;
	return i > 1 && u[i] == ':';
}

/* The existing file a url names, or NULL (malloc'd). */
static char *
locate(const char *dir, const char *url)
{
	static const char *const exts[] = { "", ".png", ".jpg", ".jpeg", ".gif", ".svg", NULL };
	const char *base = strrchr(url, '/');
	base = base ? base + 1 : url;
	int bare = strchr(base, '.') == NULL;
	for (int i = 0; exts[i]; i++) {
		if (i > 0 && !bare)
			break;
		size_t n = strlen(dir) + strlen(url) + strlen(exts[i]) + 2;
		char *p = frus_xmalloc(n);
		if (url[0] == '/')
			snprintf(p, n, "%s%s", url, exts[i]);
		else
			snprintf(p, n, "%s/%s%s", dir, url, exts[i]);
		if (regular_file(p))
			return p;
		free(p);
	}
	return NULL;
}

/* images/NAME.EXT from the file's name: letters, digits, - and _ kept, the
 * rest as _, unique within set. */
static char *
package_name(const frus_images *set, const char *path, const char *ext)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t bl = dot && dot != base ? (size_t)(dot - base) : strlen(base);
	if (bl > 64)
		bl = 64;
	char stem[65];
	for (size_t i = 0; i < bl; i++) {
		char c = base[i];
		stem[i] = ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		           c == '-' || c == '_') ? c : '_';
	}
	stem[bl] = '\0';
	if (bl == 0)
		snprintf(stem, sizeof stem, "image");
	size_t n = strlen(stem) + strlen(ext) + 40;
	char *href = frus_xmalloc(n);
	for (unsigned long k = 1;; k++) {
		if (k == 1)
			snprintf(href, n, "images/%s.%s", stem, ext);
		else
			snprintf(href, n, "images/%s-%lu.%s", stem, k, ext);
		if (!frus_images_find(set, href))
			return href;
	}
}

/* The image for one url: found before, read now, or NULL after a warning. */
static const frus_image *
image_for(frus_images *set, const char *name, long line, const char *dir, const char *url)
{
	if (has_scheme(url)) {
		frus_warning(name, line, 0, "image \"%s\" is not a local file: not embedded, a placeholder is kept", url);
		return NULL;
	}
	char *path = locate(dir, url);
	if (!path) {
		frus_warning(name, line, 0, "image \"%s\" not found beside the document: a placeholder is kept", url);
		return NULL;
	}
	/* One file under two spellings (./a.png, a.png, a link) goes in once. */
	struct stat st;
	if (stat(path, &st) != 0) {
		frus_warning(name, line, 0, "image %s: %s: a placeholder is kept", path, strerror(errno));
		free(path);
		return NULL;
	}
	for (size_t i = 0; i < set->n; i++)
		if (set->v[i].dev == st.st_dev && set->v[i].ino == st.st_ino) {
			free(path);
			return &set->v[i];
		}
	char *data;
	size_t len;
	if (frus_slurp(path, &data, &len) != 0) {
		frus_warning(name, line, 0, "image %s: cannot read (%s): a placeholder is kept", path, strerror(errno));
		free(path);
		return NULL;
	}
	const char *ext, *type = frus_image_type(data, len, 1, &ext);
	if (!type) {
		frus_warning(name, line, 0, "image %s is not a PNG, JPEG, GIF or SVG image: a placeholder is kept", path);
		free(data);
		free(path);
		return NULL;
	}
	if (set->n == set->cap) {
		set->cap = set->cap ? set->cap * 2 : 8;
		set->v = frus_xrealloc(set->v, set->cap * sizeof *set->v);
	}
	frus_image *im = &set->v[set->n];
	im->href = package_name(set, path, ext);
	im->path = path;
	im->type = type;
	im->data = data;
	im->len = len;
	im->dev = st.st_dev;
	im->ino = st.st_ino;
	set->n++;
	return im;
}

void
frus_images_add(frus_images *set, xmlNodePtr root, xmlNsPtr ns, const char *name, const char *dir)
{
	/* Only the text: a facsimile's graphics are page images, not figures. */
	for (xmlNodePtr n = root; n;) {
		if (frus_is_tei(n, "graphic")) {
			xmlChar *url = xmlGetNoNsProp(n, BAD_CAST "url");
			const frus_image *im = url && *url ? image_for(set, name, xmlGetLineNo(n), dir, (const char *)url) : NULL;
			if (im) {
				xmlSetNsProp(n, ns, BAD_CAST "src", BAD_CAST im->href);
				xmlSetNsProp(n, ns, BAD_CAST "type", BAD_CAST im->type);
			}
			xmlFree(url);
		}
		if (n->children && !(n != root && frus_is_tei(n, "facsimile")) && !frus_is_tei(n, "teiHeader")) {
			n = n->children;
			continue;
		}
		while (n && n != root && !n->next)
			n = n->parent;
		n = n && n != root ? n->next : NULL;
	}
}

const frus_image *
frus_images_find(const frus_images *set, const char *href)
{
	for (size_t i = 0; i < set->n; i++)
		if (strcmp(set->v[i].href, href) == 0)
			return &set->v[i];
	return NULL;
}

void
frus_images_free(frus_images *set)
{
	for (size_t i = 0; i < set->n; i++) {
		free(set->v[i].path);
		free(set->v[i].href);
		free(set->v[i].data);
	}
	free(set->v);
	set->v = NULL;
	set->n = set->cap = 0;
}

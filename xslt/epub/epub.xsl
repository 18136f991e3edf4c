<?xml version="1.0" encoding="UTF-8"?>
<!-- epub.xsl — TEI documents to the parts of an EPUB 3 package.

     Input: the book frus-epub assembles, <in:book><in:input n="1">TEI…</in:input>…</in:book>
     (ids already made unique and every div, pb and note given one).
     Output: a manifest, <m:files modified="…"><m:file path="…">document</m:file>…</m:files>,
     in the order the files go into the zip; frus-epub serialises each file's element child
     (or, for source="css|cover|image", adds bytes it holds itself: an image is named by its
     path, which frus-epub chose when it found the file and set as in:src on the graphic).

     A "unit" (one XHTML file) is every div of the book's division tree, the titlePage, and a
     front/body/back that has no divs.  Blocks between units travel with the next unit; blocks
     after the last unit of a division travel with the last file before them, so the spine
     keeps reading order (file-of below is the one place that decides where a node lands). -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:in="urn:x-frus-epub:input"
    xmlns:exsl="http://exslt.org/common"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="tei frus in exsl">

  <xsl:include href="common.xsl"/>
  <xsl:include href="content.xsl"/>
  <xsl:include href="package.xsl"/>
  <xsl:include href="nav.xsl"/>
  <xsl:include href="ncx.xsl"/>

  <xsl:output method="xml" encoding="UTF-8"/>

  <xsl:variable name="M">urn:x-frus-epub:manifest</xsl:variable>

  <xsl:template match="/">
    <xsl:element name="files" namespace="{$M}">
      <xsl:attribute name="modified"><xsl:value-of select="$modified"/></xsl:attribute>
      <xsl:attribute name="identifier"><xsl:value-of select="$identifier"/></xsl:attribute>
      <xsl:call-template name="mfile">
        <xsl:with-param name="path">META-INF/container.xml</xsl:with-param>
        <xsl:with-param name="body">
          <container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
            <rootfiles>
              <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
            </rootfiles>
          </container>
        </xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="mfile">
        <xsl:with-param name="path">OEBPS/content.opf</xsl:with-param>
        <xsl:with-param name="body"><xsl:call-template name="package"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="mfile">
        <xsl:with-param name="path">OEBPS/nav.xhtml</xsl:with-param>
        <xsl:with-param name="html" select="true()"/>
        <xsl:with-param name="body"><xsl:call-template name="nav"/></xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="mfile">
        <xsl:with-param name="path">OEBPS/toc.ncx</xsl:with-param>
        <xsl:with-param name="body"><xsl:call-template name="ncx"/></xsl:with-param>
      </xsl:call-template>
      <xsl:element name="file" namespace="{$M}">
        <xsl:attribute name="path">OEBPS/style.css</xsl:attribute>
        <xsl:attribute name="source">css</xsl:attribute>
      </xsl:element>
      <xsl:if test="$cover-href != ''">
        <xsl:element name="file" namespace="{$M}">
          <xsl:attribute name="path">OEBPS/<xsl:value-of select="$cover-href"/></xsl:attribute>
          <xsl:attribute name="source">cover</xsl:attribute>
        </xsl:element>
        <xsl:call-template name="mfile">
          <xsl:with-param name="path">OEBPS/cover.xhtml</xsl:with-param>
          <xsl:with-param name="html" select="true()"/>
          <xsl:with-param name="body"><xsl:call-template name="cover-page"/></xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:for-each select="$images[generate-id() = generate-id(key('img', @in:src)[1])]">
        <xsl:element name="file" namespace="{$M}">
          <xsl:attribute name="path">OEBPS/<xsl:value-of select="@in:src"/></xsl:attribute>
          <xsl:attribute name="source">image</xsl:attribute>
        </xsl:element>
      </xsl:for-each>
      <xsl:for-each select="$units">
        <!-- Written out rather than through mfile: no copy of the bulk of the book. -->
        <xsl:element name="file" namespace="{$M}">
          <xsl:attribute name="path">OEBPS/text/<xsl:value-of select="@xml:id"/>.xhtml</xsl:attribute>
          <xsl:attribute name="doctype">html</xsl:attribute>
          <xsl:apply-templates select="." mode="file"/>
        </xsl:element>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <xsl:template name="mfile">
    <xsl:param name="path"/>
    <xsl:param name="html" select="false()"/>
    <xsl:param name="body"/>
    <xsl:element name="file" namespace="{$M}">
      <xsl:attribute name="path"><xsl:value-of select="$path"/></xsl:attribute>
      <xsl:if test="$html"><xsl:attribute name="doctype">html</xsl:attribute></xsl:if>
      <xsl:copy-of select="$body"/>
    </xsl:element>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- nav.xsl — the EPUB 3 navigation document (toc, landmarks, page-list) and the cover page. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:epub="http://www.idpf.org/2007/ops"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="tei exsl">

  <!-- The top of the contents: the title page, top-level divisions (hollow ones too) and a
       front/body/back without divisions, in reading order. -->
  <xsl:variable name="toplevel" select="$units[not(parent::tei:div)] | $hollows[not(parent::tei:div)]"/>
  <xsl:variable name="index" select="($units | $hollows)[self::tei:div][@type = 'index' or
      translate(@xml:id, 'INDEX', 'index') = 'index'][1]"/>

  <xsl:template name="nav">
    <html lang="{$lang}" xml:lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <link rel="stylesheet" type="text/css" href="style.css"/>
      </head>
      <body>
        <nav epub:type="toc" role="doc-toc" id="toc">
          <h1>Contents</h1>
          <ol>
            <xsl:apply-templates select="$toplevel" mode="toc"/>
          </ol>
        </nav>
        <nav epub:type="landmarks" id="landmarks" hidden="hidden">
          <h2>Landmarks</h2>
          <ol>
            <xsl:if test="$cover-href != ''">
              <li><a epub:type="cover" href="cover.xhtml">Cover</a></li>
            </xsl:if>
            <xsl:for-each select="$units[self::tei:titlePage][1]">
              <li><a epub:type="titlepage" href="text/{@xml:id}.xhtml">Title Page</a></li>
            </xsl:for-each>
            <li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
            <xsl:for-each select="($units[ancestor-or-self::tei:body] | $units[last()])[1]">
              <li><a epub:type="bodymatter" href="text/{@xml:id}.xhtml">Start of content</a></li>
            </xsl:for-each>
            <xsl:for-each select="$index">
              <li><a epub:type="index"><xsl:attribute name="href"><xsl:call-template name="sect-href"/></xsl:attribute>Index</a></li>
            </xsl:for-each>
          </ol>
        </nav>
        <xsl:if test="$pbs">
          <nav epub:type="page-list" role="doc-pagelist" id="page-list" hidden="hidden">
            <h2>Pages</h2>
            <ol>
              <xsl:for-each select="$pbs">
                <li><a><xsl:attribute name="href"><xsl:call-template name="href-of"><xsl:with-param name="e" select="."/><xsl:with-param name="from" select="''"/></xsl:call-template></xsl:attribute><xsl:call-template name="page-label"/></a></li>
              </xsl:for-each>
            </ol>
          </nav>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="*" mode="toc">
    <li>
      <a><xsl:attribute name="href"><xsl:call-template name="sect-href"/></xsl:attribute><xsl:call-template name="unit-label"/></a>
      <xsl:if test="tei:div[not(@type = 'toc' and parent::tei:front)]">
        <ol><xsl:apply-templates select="tei:div[not(@type = 'toc' and parent::tei:front)]" mode="toc"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template name="page-label">
    <xsl:choose>
      <xsl:when test="normalize-space(@n)"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:otherwise>[unnumbered]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ===== cover ===== -->

  <xsl:template name="cover-page">
    <html lang="{$lang}" xml:lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <title>Cover</title>
        <link rel="stylesheet" type="text/css" href="style.css"/>
      </head>
      <body class="cover">
        <section epub:type="cover" class="cover">
          <img src="{$cover-href}" alt="Cover: {$title}"/>
        </section>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>

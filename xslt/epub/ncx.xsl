<?xml version="1.0" encoding="UTF-8"?>
<!-- ncx.xsl — the NCX (navMap and pageList) for readers that predate EPUB 3. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.daisy.org/z3986/2005/ncx/"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:exsl="http://exslt.org/common"
    exclude-result-prefixes="tei exsl">

  <!-- ===== NCX ===== -->

  <!-- playOrder: position of each target in reading order. -->
  <xsl:variable name="order-rtf">
    <xsl:for-each select="$units | $hollows | $pbs">
      <xsl:element name="o" namespace="">
        <xsl:attribute name="k"><xsl:value-of select="generate-id()"/></xsl:attribute>
        <xsl:attribute name="p"><xsl:value-of select="position()"/></xsl:attribute>
      </xsl:element>
    </xsl:for-each>
  </xsl:variable>
  <xsl:variable name="order" select="exsl:node-set($order-rtf)"/>
  <xsl:key name="po" match="o" use="@k"/>
  <xsl:key name="pb-n" match="tei:text//tei:pb" use="normalize-space(@n)"/>

  <xsl:template name="play-order">
    <xsl:variable name="k" select="generate-id()"/>
    <xsl:attribute name="playOrder">
      <xsl:for-each select="$order"><xsl:value-of select="key('po', $k)/@p"/></xsl:for-each>
    </xsl:attribute>
  </xsl:template>

  <xsl:template name="ncx">
    <ncx version="2005-1" xml:lang="{$lang}">
      <head>
        <meta name="dtb:uid" content="{$identifier}"/>
        <meta name="dtb:depth">
          <xsl:attribute name="content">
            <xsl:for-each select="$units | $hollows">
              <xsl:sort select="count(ancestor::tei:div)" data-type="number" order="descending"/>
              <xsl:if test="position() = 1"><xsl:value-of select="count(ancestor::tei:div) + 1"/></xsl:if>
            </xsl:for-each>
          </xsl:attribute>
        </meta>
        <meta name="dtb:totalPageCount" content="{count($pbs)}"/>
        <meta name="dtb:maxPageNumber">
          <xsl:attribute name="content">
            <xsl:for-each select="$pbs[string(number(@n)) != 'NaN']">
              <xsl:sort select="@n" data-type="number" order="descending"/>
              <xsl:if test="position() = 1"><xsl:value-of select="number(@n)"/></xsl:if>
            </xsl:for-each>
            <xsl:if test="not($pbs[string(number(@n)) != 'NaN'])">0</xsl:if>
          </xsl:attribute>
        </meta>
      </head>
      <docTitle><text><xsl:value-of select="$title"/></text></docTitle>
      <navMap>
        <xsl:apply-templates select="$toplevel" mode="ncx"/>
      </navMap>
      <xsl:if test="$pbs">
        <pageList>
          <navLabel><text>Pages</text></navLabel>
          <xsl:for-each select="$pbs">
            <xsl:variable name="n" select="normalize-space(@n)"/>
            <pageTarget id="pt-{@xml:id}">
              <xsl:choose>
                <!-- value+type must be unique: a page number seen before (another input,
                     per-document paging) becomes a special page. -->
                <xsl:when test="string(number($n)) != 'NaN' and $n &gt; 0
                                and generate-id(key('pb-n', $n)[1]) = generate-id()">
                  <xsl:attribute name="type">normal</xsl:attribute>
                  <xsl:attribute name="value"><xsl:value-of select="number($n)"/></xsl:attribute>
                </xsl:when>
                <xsl:when test="$n != '' and translate($n, 'ivxlcdmIVXLCDM[]', '') = ''">
                  <xsl:attribute name="type">front</xsl:attribute>
                </xsl:when>
                <xsl:otherwise><xsl:attribute name="type">special</xsl:attribute></xsl:otherwise>
              </xsl:choose>
              <xsl:call-template name="play-order"/>
              <navLabel><text><xsl:call-template name="page-label"/></text></navLabel>
              <content>
                <xsl:attribute name="src"><xsl:call-template name="href-of"><xsl:with-param name="e" select="."/><xsl:with-param name="from" select="''"/></xsl:call-template></xsl:attribute>
              </content>
            </pageTarget>
          </xsl:for-each>
        </pageList>
      </xsl:if>
    </ncx>
  </xsl:template>

  <xsl:template match="*" mode="ncx">
    <navPoint id="np-{@xml:id}">
      <xsl:call-template name="play-order"/>
      <navLabel><text><xsl:call-template name="unit-label"/></text></navLabel>
      <content><xsl:attribute name="src"><xsl:call-template name="sect-href"/></xsl:attribute></content>
      <xsl:apply-templates select="tei:div[not(@type = 'toc' and parent::tei:front)]" mode="ncx"/>
    </navPoint>
  </xsl:template>

</xsl:stylesheet>

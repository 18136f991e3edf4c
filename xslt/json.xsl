<?xml version="1.0" encoding="UTF-8"?>
<!--
  json.xsl — FRUS TEI to JSON for search indexes: one object per document,
  an array of them for a volume (more than one document).  A text without
  document divisions (a book) is one object.

  {"id", "number", "title", "date", "place", "participants": [..],
   "subject": [..], "source", "notes": [{"n", "id", "type", "text"}],
   "pages": {"first", "last"}, "text"}

  Strings are escaped with EXSLT str:replace (backslash, quote, the three
  control characters XML 1.0 can carry: tab, newline, carriage return, and
  U+2028/U+2029 for JavaScript consumers).  A missing value is null.
  "text" is the document's plain text without its footnotes (they are in
  "notes"), whitespace normalized.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:str="http://exslt.org/strings"
    xmlns:c="urn:x-frus-tools:common"
    xmlns:j="urn:x-frus-tools:json"
    exclude-result-prefixes="tei str c j">

  <xsl:import href="common.xsl"/>
  <xsl:output method="text" encoding="UTF-8" media-type="application/json"/>

  <j:from><s>\</s><s>"</s><s>&#9;</s><s>&#10;</s><s>&#13;</s><s>&#x2028;</s><s>&#x2029;</s></j:from>
  <j:to><s>\\</s><s>\"</s><s>\t</s><s>\n</s><s>\r</s><s>\u2028</s><s>\u2029</s></j:to>
  <xsl:variable name="j:from" select="document('')/*/j:from/s"/>
  <xsl:variable name="j:to" select="document('')/*/j:to/s"/>

  <!-- str:replace only when there is something to replace: most strings
       have nothing, and the contains() scans cost a fraction of it. -->
  <xsl:template name="j:str">
    <xsl:param name="s"/>
    <xsl:variable name="v" select="string($s)"/>
    <xsl:choose>
      <xsl:when test="contains($v, '\') or contains($v, '&quot;') or contains($v, '&#9;') or contains($v, '&#10;') or
                      contains($v, '&#13;') or contains($v, '&#x2028;') or contains($v, '&#x2029;')">
        <xsl:value-of select="concat('&quot;', str:replace($v, $j:from, $j:to), '&quot;')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('&quot;', $v, '&quot;')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A string member, null when empty. -->
  <xsl:template name="j:member">
    <xsl:param name="name"/>
    <xsl:param name="value"/>
    <xsl:param name="last" select="false()"/>
    <xsl:text>  "</xsl:text><xsl:value-of select="$name"/><xsl:text>": </xsl:text>
    <xsl:choose>
      <xsl:when test="string($value) != ''">
        <xsl:call-template name="j:str"><xsl:with-param name="s" select="$value"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>null</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="not($last)">,</xsl:if>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$c:volume">
        <xsl:text>[&#10;</xsl:text>
        <!-- One (unserialised) element per unit and per note: libxslt
             appends to one growing text node otherwise, and measures it
             again after every variable, which made a volume quadratic. -->
        <xsl:for-each select="$c:units">
          <u>
            <xsl:apply-templates select="." mode="j:unit"/>
            <xsl:if test="position() != last()">,</xsl:if>
            <xsl:text>&#10;</xsl:text>
          </u>
        </xsl:for-each>
        <xsl:text>]&#10;</xsl:text>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="$c:units[1]" mode="j:unit"/>
        <xsl:text>&#10;</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="*" mode="j:unit">
    <xsl:variable name="u" select="."/>
    <xsl:text>{&#10;</xsl:text>
    <xsl:call-template name="j:member">
      <xsl:with-param name="name">id</xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="c:id"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="j:member">
      <xsl:with-param name="name">number</xsl:with-param>
      <xsl:with-param name="value" select="@n"/>
    </xsl:call-template>
    <xsl:call-template name="j:member">
      <xsl:with-param name="name">title</xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="c:title"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="j:member">
      <xsl:with-param name="name">date</xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="c:date"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="j:member">
      <xsl:with-param name="name">place</xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="c:place"/></xsl:with-param>
    </xsl:call-template>
    <xsl:text>  "participants": </xsl:text>
    <xsl:call-template name="j:items">
      <xsl:with-param name="items" select="tei:list[@type = 'participants']//tei:item"/>
    </xsl:call-template>
    <xsl:text>,&#10;  "subject": </xsl:text>
    <xsl:call-template name="j:items">
      <xsl:with-param name="items" select="tei:list[@type = 'subject']//tei:item"/>
    </xsl:call-template>
    <xsl:text>,&#10;</xsl:text>
    <xsl:call-template name="j:member">
      <xsl:with-param name="name">source</xsl:with-param>
      <xsl:with-param name="value"><xsl:if test="self::tei:div"><xsl:call-template name="c:source-note"/></xsl:if></xsl:with-param>
    </xsl:call-template>
    <xsl:text>  "notes": [</xsl:text>
    <xsl:for-each select=".//tei:note">
      <n>
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>&#10;    {"n": </xsl:text>
        <xsl:call-template name="j:str"><xsl:with-param name="s"><xsl:call-template name="c:note-n"/></xsl:with-param></xsl:call-template>
        <xsl:text>, "id": </xsl:text>
        <xsl:call-template name="j:str"><xsl:with-param name="s"><xsl:call-template name="c:note-id"/></xsl:with-param></xsl:call-template>
        <xsl:text>, "type": </xsl:text>
        <xsl:choose>
          <xsl:when test="@type"><xsl:call-template name="j:str"><xsl:with-param name="s" select="@type"/></xsl:call-template></xsl:when>
          <xsl:otherwise>null</xsl:otherwise>
        </xsl:choose>
        <xsl:text>, "text": </xsl:text>
        <xsl:call-template name="j:str"><xsl:with-param name="s"><xsl:call-template name="c:plain"/></xsl:with-param></xsl:call-template>
        <xsl:text>}</xsl:text>
      </n>
    </xsl:for-each>
    <xsl:if test=".//tei:note"><xsl:text>&#10;  </xsl:text></xsl:if>
    <xsl:text>],&#10;  "pages": </xsl:text>
    <xsl:variable name="first"><xsl:call-template name="c:first-page"/></xsl:variable>
    <xsl:variable name="last"><xsl:call-template name="c:last-page"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$first != ''">
        <xsl:text>{"first": </xsl:text>
        <xsl:call-template name="j:str"><xsl:with-param name="s" select="$first"/></xsl:call-template>
        <xsl:text>, "last": </xsl:text>
        <xsl:call-template name="j:str"><xsl:with-param name="s" select="$last"/></xsl:call-template>
        <xsl:text>}</xsl:text>
      </xsl:when>
      <xsl:otherwise>null</xsl:otherwise>
    </xsl:choose>
    <xsl:text>,&#10;</xsl:text>
    <xsl:call-template name="j:member">
      <xsl:with-param name="name">text</xsl:with-param>
      <xsl:with-param name="value"><xsl:call-template name="c:plain"/></xsl:with-param>
      <xsl:with-param name="last" select="true()"/>
    </xsl:call-template>
    <xsl:text>}</xsl:text>
  </xsl:template>

  <xsl:template name="j:items">
    <xsl:param name="items"/>
    <xsl:text>[</xsl:text>
    <xsl:for-each select="$items">
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:call-template name="j:str">
        <xsl:with-param name="s"><xsl:call-template name="c:item-text"/></xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:text>]</xsl:text>
  </xsl:template>
</xsl:stylesheet>

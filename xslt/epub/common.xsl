<?xml version="1.0" encoding="UTF-8"?>
<!-- common.xsl — parameters, keys and the helpers every part of the e-book uses. -->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    xmlns:in="urn:x-frus-epub:input"
    exclude-result-prefixes="tei frus in">

  <!-- Set by frus-epub (all optional). -->
  <xsl:param name="title-param" select="''"/>
  <xsl:param name="modified-param" select="''"/>  <!-- CCYY-MM-DDThh:mm:ssZ -->
  <xsl:param name="uuid" select="''"/>            <!-- urn:uuid:… derived from the input bytes -->
  <xsl:param name="cover-href" select="''"/>      <!-- e.g. cover.png, relative to OEBPS/ -->
  <xsl:param name="cover-type" select="''"/>
  <xsl:param name="default-modified" select="'2000-01-01T00:00:00Z'"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>
  <xsl:key name="unit" use="generate-id()" match="
      tei:TEI/tei:text/tei:front/tei:titlePage
    | tei:TEI/tei:text/*/tei:div
    | tei:div[parent::tei:div][not(ancestor::tei:floatingText)]
    | tei:TEI/tei:text/*[self::tei:front or self::tei:body or self::tei:back][* and not(tei:div or tei:titlePage)]"/>

  <xsl:variable name="inputs" select="/in:book/in:input/tei:TEI"/>
  <xsl:variable name="tei1" select="$inputs[1]"/>
  <xsl:variable name="units" select="$inputs/tei:text/*[self::tei:front or self::tei:body or self::tei:back]
      /descendant-or-self::*[self::tei:div or self::tei:titlePage or self::tei:front or self::tei:body or self::tei:back]
      [key('unit', generate-id())]"/>
  <xsl:variable name="pbs" select="$inputs/tei:text//tei:pb"/>

  <xsl:variable name="lang">
    <xsl:variable name="l" select="($tei1/@xml:lang | $tei1/tei:text/@xml:lang)[1]"/>
    <xsl:choose>
      <xsl:when test="$l"><xsl:value-of select="$l"/></xsl:when>
      <xsl:otherwise>en</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The title of one input: the complete title, else the first. -->
  <xsl:template name="input-title">
    <xsl:param name="tei" select="."/>
    <xsl:variable name="ts" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="t" select="($ts/tei:title[@type='complete'] | $ts/tei:title[not(../tei:title[@type='complete'])][1])[1]"/>
    <xsl:choose>
      <xsl:when test="normalize-space($t)"><xsl:value-of select="normalize-space($t)"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="h"><xsl:apply-templates select="($tei/tei:text//tei:head)[1]" mode="plain"/></xsl:variable>
        <xsl:choose>
          <xsl:when test="normalize-space($h)"><xsl:value-of select="normalize-space($h)"/></xsl:when>
          <xsl:otherwise>Untitled</xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:variable name="title">
    <xsl:choose>
      <xsl:when test="normalize-space($title-param)"><xsl:value-of select="normalize-space($title-param)"/></xsl:when>
      <xsl:when test="count($inputs) = 1">
        <xsl:call-template name="input-title"><xsl:with-param name="tei" select="$tei1"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:for-each select="$inputs[position() &lt;= 3]">
          <xsl:if test="position() &gt; 1">; </xsl:if>
          <xsl:call-template name="input-title"/>
        </xsl:for-each>
        <xsl:if test="count($inputs) &gt; 3">; and <xsl:value-of select="count($inputs) - 3"/> more</xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The FRUS volume id (idno type frus, else the root id of a single input), or the UUID. -->
  <xsl:variable name="identifier">
    <xsl:variable name="idno" select="$tei1/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type='frus']"/>
    <xsl:choose>
      <xsl:when test="count($inputs) = 1 and normalize-space($idno)"><xsl:value-of select="normalize-space($idno)"/></xsl:when>
      <xsl:when test="count($inputs) = 1 and $tei1/@xml:id"><xsl:value-of select="$tei1/@xml:id"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$uuid"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- dcterms:modified: the option, else the first input's publication or revision date, else a
       fixed default (never the clock: the same input gives the same book). -->
  <xsl:variable name="modified">
    <xsl:variable name="h" select="$tei1/tei:teiHeader"/>
    <xsl:variable name="cand" select="($h/tei:fileDesc/tei:publicationStmt/tei:date[@type='publication-date'] |
        $h/tei:fileDesc/tei:publicationStmt/tei:date[not(../tei:date[@type='publication-date'])])[1]"/>
    <xsl:variable name="d">
      <xsl:call-template name="iso-datetime">
        <xsl:with-param name="d" select="normalize-space(($cand/@when | $cand[not(@when)])[1])"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="r">
      <xsl:call-template name="iso-datetime">
        <xsl:with-param name="d" select="normalize-space($h/tei:revisionDesc/tei:change[@when][1]/@when)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$modified-param != ''"><xsl:value-of select="$modified-param"/></xsl:when>
      <xsl:when test="$d != ''"><xsl:value-of select="$d"/></xsl:when>
      <xsl:when test="$r != ''"><xsl:value-of select="$r"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="$default-modified"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- YYYY, YYYY-MM, YYYY-MM-DD or a dateTime to CCYY-MM-DDThh:mm:ssZ; '' when not a date. -->
  <xsl:template name="iso-datetime">
    <xsl:param name="d"/>
    <xsl:variable name="digits" select="translate(substring($d, 1, 10), '0123456789', '9999999999')"/>
    <xsl:choose>
      <xsl:when test="string-length($d) &gt;= 19 and $digits = '9999-99-99' and substring($d, 11, 1) = 'T'
                      and translate(substring($d, 12, 8), '0123456789', '9999999999') = '99:99:99'">
        <xsl:value-of select="concat(substring($d, 1, 19), 'Z')"/>
      </xsl:when>
      <xsl:when test="string-length($d) = 10 and $digits = '9999-99-99'"><xsl:value-of select="concat($d, 'T00:00:00Z')"/></xsl:when>
      <xsl:when test="string-length($d) = 7 and $digits = '9999-99'"><xsl:value-of select="concat($d, '-01T00:00:00Z')"/></xsl:when>
      <xsl:when test="string-length($d) = 4 and $digits = '9999'"><xsl:value-of select="concat($d, '-01-01T00:00:00Z')"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- The unit (file) holding node e, by the rule in epub.xsl.  Returns the unit's id. -->
  <xsl:template name="file-of">
    <xsl:param name="e" select="."/>
    <xsl:choose>
      <xsl:when test="key('unit', generate-id($e))"><xsl:value-of select="$e/@xml:id"/></xsl:when>
      <xsl:otherwise>
        <xsl:variable name="P" select="$e/ancestor::*[key('unit', generate-id()) or
            (parent::tei:text and ../parent::tei:TEI)][1]"/>
        <xsl:variable name="depth" select="count($P/ancestor::*) + 1"/>
        <xsl:variable name="c" select="$e/ancestor-or-self::*[count(ancestor::*) = $depth]"/>
        <xsl:variable name="next" select="$c/following-sibling::*[self::tei:div or self::tei:titlePage][1]"/>
        <xsl:choose>
          <xsl:when test="not($P/tei:div or $P/tei:titlePage)"><xsl:value-of select="$P/@xml:id"/></xsl:when>
          <xsl:when test="$next and $P[self::tei:div] and not($c/preceding-sibling::tei:div)">
            <xsl:value-of select="$P/@xml:id"/>
          </xsl:when>
          <xsl:when test="$next"><xsl:value-of select="$next/@xml:id"/></xsl:when>
          <xsl:otherwise>
            <xsl:variable name="prev" select="$c/preceding-sibling::*[self::tei:div or self::tei:titlePage][1]"/>
            <xsl:value-of select="($prev/descendant-or-self::*[key('unit', generate-id())])[last()]/@xml:id"/>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A unit's label for the table of contents and <title>. -->
  <xsl:template name="unit-label">
    <xsl:param name="u" select="."/>
    <xsl:variable name="h"><xsl:apply-templates select="($u/tei:head[not(@type='shortened-for-running-head')] | $u/tei:head)[1]" mode="plain"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="normalize-space($h)"><xsl:value-of select="normalize-space($h)"/></xsl:when>
      <xsl:when test="$u/self::tei:titlePage">Title Page</xsl:when>
      <xsl:when test="$u/self::tei:front">Front Matter</xsl:when>
      <xsl:when test="$u/self::tei:back">Back Matter</xsl:when>
      <xsl:when test="$u/self::tei:body">
        <xsl:call-template name="input-title"><xsl:with-param name="tei" select="$u/ancestor::tei:TEI[1]"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="$u/@n"><xsl:value-of select="normalize-space(concat($u/@type, ' ', $u/@n))"/></xsl:when>
      <xsl:otherwise>[Untitled]</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Plain text of a heading: no notes, line breaks as spaces. -->
  <xsl:template match="tei:note" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="text()" mode="plain"><xsl:value-of select="."/></xsl:template>

  <!-- href of an id, from a file in directory OEBPS/text/ (from="text") or OEBPS/ (from=""). -->
  <xsl:template name="href-of">
    <xsl:param name="e"/>
    <xsl:param name="from" select="'text'"/>
    <xsl:param name="here" select="''"/>
    <xsl:variable name="f"><xsl:call-template name="file-of"><xsl:with-param name="e" select="$e"/></xsl:call-template></xsl:variable>
    <xsl:choose>
      <xsl:when test="$from = 'text' and $f = $here"/>
      <xsl:when test="$from = 'text'"><xsl:value-of select="concat($f, '.xhtml')"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('text/', $f, '.xhtml')"/></xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="concat('#', $e/@xml:id)"/>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!--
  The reading view: a TEI P5 edition as an HTML5 page, and a teiCorpus of editions as the index.

  XSLT 1.0, so that any TEI tool chain can run it (xsltproc, Saxon, a browser, lxml); teiconv runs
  it from teiconv/html.py, which also writes the pages. The page needs no JavaScript and nothing
  from the network: it links only reading.css beside it, the TEI source (parameter tei-href) and
  the index.

  Rendering conventions, each visible without the stylesheet too:
  - footnotes (note place="foot") become numbered superscript links; the notes are listed at the
    end, each with a link back. Their ids come from their position among the footnotes, never
    from generate-id(), which differs from run to run: the output must be deterministic.
  - supplied text stands in square brackets; an editor's inline remark is set apart in brackets.
  - an annotation in another hand or a stamp (note with @hand, or a @type other than editorial)
    is labelled with its kind and styled apart.
  - a date shows its normalised value (@when, @from/@to …) in its title attribute.
  - an element with xml:lang gets lang (and the language's name in its title).
  - a thread of comments (post) is a list whose entries start with their author and time.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:r="urn:x-teiconv:reading"
    exclude-result-prefixes="tei r">

  <xsl:output method="html" encoding="UTF-8" indent="no"/>

  <!-- The header is shown as a panel built anew: its indentation means nothing there. The text's
       whitespace is kept (it may be mixed content), which also keeps its blocks on lines of their
       own in the HTML. -->
  <xsl:strip-space elements="tei:teiHeader tei:fileDesc tei:titleStmt tei:respStmt
      tei:publicationStmt tei:availability tei:sourceDesc tei:profileDesc tei:particDesc
      tei:listPerson tei:listOrg tei:person tei:org tei:correspDesc tei:correspAction tei:langUsage
      tei:abstract tei:notesStmt tei:textClass tei:keywords tei:handNotes"/>

  <!-- Where the page's TEI source is, relative to the page; empty: no link. -->
  <xsl:param name="tei-href" select="''"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="footnotes" select="/tei:TEI/tei:text//tei:note[@place = 'foot']"/>

  <!-- ============================================================== pages -->

  <xsl:template match="/tei:TEI">
    <xsl:variable name="title">
      <xsl:apply-templates select="." mode="title"/>
    </xsl:variable>
    <html>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:call-template name="html-head">
        <xsl:with-param name="title" select="$title"/>
      </xsl:call-template>
      <body>
        <xsl:attribute name="class">
          <xsl:text>edition genre-</xsl:text>
          <xsl:apply-templates select="." mode="genre"/>
        </xsl:attribute>
        <nav class="site"><a href="index.html">All editions</a>
          <xsl:if test="$tei-href != ''">
            <xsl:text> · </xsl:text>
            <a href="{$tei-href}" type="application/tei+xml">TEI source</a>
          </xsl:if>
        </nav>
        <main>
          <article>
            <header>
              <h1><xsl:value-of select="$title"/></h1>
              <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub']">
                <p class="subtitle"><xsl:apply-templates/></p>
              </xsl:for-each>
              <xsl:if test="$header/tei:fileDesc/tei:titleStmt/tei:author">
                <p class="byline">
                  <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:author">
                    <xsl:if test="position() > 1">, </xsl:if>
                    <xsl:apply-templates/>
                  </xsl:for-each>
                </p>
              </xsl:if>
            </header>
            <xsl:apply-templates select="tei:teiHeader"/>
            <div class="text">
              <xsl:apply-templates select="tei:text"/>
            </div>
            <xsl:if test="$footnotes">
              <section class="footnotes" aria-label="Notes">
                <h2>Notes</h2>
                <ol>
                  <xsl:apply-templates select="$footnotes" mode="footnote-list"/>
                </ol>
              </section>
            </xsl:if>
          </article>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="html-head">
    <xsl:param name="title"/>
    <head>
      <meta charset="utf-8"/>
      <meta name="viewport" content="width=device-width, initial-scale=1"/>
      <meta name="generator" content="teiconv reading view"/>
      <title><xsl:value-of select="$title"/></title>
      <link rel="stylesheet" href="reading.css"/>
      <!-- No favicon: without this a browser asks the server for /favicon.ico. -->
      <link rel="icon" href="data:,"/>
    </head>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="title">
    <xsl:variable name="titles" select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:value-of select="normalize-space(($titles[@type = 'main'] | $titles[not(@type)])[1])"/>
  </xsl:template>

  <!-- What kind of text, from its shape: it decides nothing but a label and a class. -->
  <xsl:template match="tei:TEI" mode="genre">
    <xsl:choose>
      <xsl:when test="tei:teiHeader/tei:profileDesc/tei:correspDesc">letter</xsl:when>
      <xsl:when test="tei:text//tei:sp">conversation</xsl:when>
      <xsl:when test="tei:text//tei:post">comments</xsl:when>
      <xsl:otherwise>article</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ============================================================== index -->

  <!-- html.py gathers the editions into a teiCorpus, each TEI with its page in r:page. -->
  <xsl:template match="/tei:teiCorpus">
    <html lang="en">
      <xsl:call-template name="html-head">
        <xsl:with-param name="title" select="'Editions'"/>
      </xsl:call-template>
      <body class="index">
        <main>
          <h1>Editions</h1>
          <table class="editions">
            <thead>
              <tr><th scope="col">Title</th><th scope="col">Date</th><th scope="col">Author</th>
                <th scope="col">Genre</th></tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="tei:TEI" mode="index-row"/>
            </tbody>
          </table>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="index-row">
    <xsl:variable name="profile" select="tei:teiHeader/tei:profileDesc"/>
    <xsl:variable name="sent" select="$profile/tei:correspDesc/tei:correspAction[@type = 'sent']"/>
    <tr>
      <td><a href="{@r:page}"><xsl:apply-templates select="." mode="title"/></a></td>
      <td>
        <!-- The date of the text: when it was made, sent, dated at its head, or its first dateline. -->
        <xsl:choose>
          <xsl:when test="$profile/tei:creation/tei:date">
            <xsl:apply-templates select="$profile/tei:creation/tei:date[1]"/>
          </xsl:when>
          <xsl:when test="$sent/tei:date">
            <xsl:apply-templates select="$sent/tei:date[1]"/>
          </xsl:when>
          <xsl:otherwise>
            <xsl:apply-templates select="(tei:text/tei:front/tei:docDate//tei:date
                | tei:text//tei:dateline//tei:date[@when])[1]"/>
          </xsl:otherwise>
        </xsl:choose>
      </td>
      <td>
        <xsl:variable name="authors" select="tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:author"/>
        <xsl:for-each select="$authors | $sent[not($authors)]/*[self::tei:persName or self::tei:orgName]">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:value-of select="normalize-space()"/>
        </xsl:for-each>
      </td>
      <td><xsl:apply-templates select="." mode="genre"/></td>
    </tr>
  </xsl:template>

  <!-- ============================================================== the header as a panel -->

  <!-- The title and authors head the page; the panel gives the rest, what a reader asks first
       (when, who, about what) before credits and publication. -->
  <xsl:template match="tei:teiHeader">
    <xsl:variable name="file" select="tei:fileDesc"/>
    <xsl:variable name="profile" select="tei:profileDesc"/>
    <section class="metadata" aria-label="About this edition">
      <h2>About this edition</h2>
      <dl>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Date'"/>
          <xsl:with-param name="values" select="$profile/tei:creation/tei:date"/>
        </xsl:call-template>
        <xsl:apply-templates select="$profile/tei:correspDesc/tei:correspAction"/>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Summary'"/>
          <xsl:with-param name="values" select="$profile/tei:abstract"/>
        </xsl:call-template>
        <xsl:if test="$profile/tei:particDesc">
          <div>
            <dt>Participants</dt>
            <dd class="participants">
              <xsl:for-each select="$profile/tei:particDesc//tei:person | $profile/tei:particDesc//tei:org">
                <xsl:if test="position() > 1">, </xsl:if>
                <xsl:apply-templates select="." mode="meta"/>
              </xsl:for-each>
            </dd>
          </div>
        </xsl:if>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Languages'"/>
          <xsl:with-param name="values" select="$profile/tei:langUsage/tei:language"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Keywords'"/>
          <xsl:with-param name="values" select="$profile/tei:textClass/tei:keywords/tei:term"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Hands'"/>
          <xsl:with-param name="values" select="$profile/tei:handNotes/tei:handNote"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Source'"/>
          <xsl:with-param name="values" select="$file/tei:sourceDesc/*"/>
        </xsl:call-template>
        <xsl:for-each select="$file/tei:sourceDesc/tei:bibl/tei:idno">
          <div>
            <dt>Identifier<xsl:if test="@type"> (<xsl:value-of select="@type"/>)</xsl:if></dt>
            <dd class="idno"><xsl:value-of select="."/></dd>
          </div>
        </xsl:for-each>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Notes'"/>
          <xsl:with-param name="values" select="$file/tei:notesStmt/tei:note"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Editor'"/>
          <xsl:with-param name="values" select="$file/tei:titleStmt/tei:editor"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Funder'"/>
          <xsl:with-param name="values" select="$file/tei:titleStmt/tei:funder"/>
        </xsl:call-template>
        <xsl:for-each select="$file/tei:titleStmt/tei:respStmt">
          <div class="resp">
            <dt><xsl:value-of select="normalize-space(tei:resp)"/></dt>
            <xsl:for-each select="*[not(self::tei:resp)]">
              <dd><xsl:apply-templates/></dd>
            </xsl:for-each>
          </div>
        </xsl:for-each>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Edition'"/>
          <xsl:with-param name="values" select="$file/tei:editionStmt/tei:edition"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Publisher'"/>
          <xsl:with-param name="values" select="$file/tei:publicationStmt/tei:publisher
              | $file/tei:publicationStmt/tei:authority | $file/tei:publicationStmt/tei:distributor"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Published'"/>
          <xsl:with-param name="values" select="$file/tei:publicationStmt/tei:date"/>
        </xsl:call-template>
        <xsl:call-template name="field">
          <xsl:with-param name="label" select="'Licence'"/>
          <xsl:with-param name="values" select="$file/tei:publicationStmt/tei:availability/*"/>
        </xsl:call-template>
      </dl>
    </section>
  </xsl:template>

  <!-- One labelled row of the panel, left out when there is nothing to say. -->
  <xsl:template name="field">
    <xsl:param name="label"/>
    <xsl:param name="values"/>
    <xsl:if test="$values">
      <div>
        <dt><xsl:value-of select="$label"/></dt>
        <xsl:for-each select="$values">
          <dd><xsl:apply-templates select="." mode="meta"/></dd>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- A value's content as in the text; the modes below say where the header differs. -->
  <xsl:template match="*" mode="meta">
    <xsl:apply-templates select="@xml:lang"/>
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:person | tei:org" mode="meta">
    <span class="participant">
      <xsl:apply-templates select="@xml:id"/>
      <xsl:call-template name="name-of"/>
    </span>
    <xsl:if test="@role">
      <xsl:text> </xsl:text>
      <span class="role">(<xsl:value-of select="@role"/>)</span>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:date" mode="meta">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="tei:language" mode="meta">
    <span lang="{@ident}"><xsl:value-of select="normalize-space()"/></span>
  </xsl:template>

  <xsl:template match="tei:licence[@target]" mode="meta">
    <xsl:call-template name="link">
      <xsl:with-param name="target" select="@target"/>
    </xsl:call-template>
  </xsl:template>

  <!-- The identifiers of a source get rows of their own; its pointer links the source. -->
  <xsl:template match="tei:sourceDesc/tei:bibl/tei:idno" priority="1"/>
  <xsl:template match="tei:sourceDesc/tei:bibl/tei:ptr" priority="1">
    <xsl:text> </xsl:text>
    <xsl:call-template name="link">
      <xsl:with-param name="target" select="@target"/>
      <xsl:with-param name="text" select="'(link)'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:correspAction">
    <div class="correspondence">
      <dt>
        <xsl:choose>
          <xsl:when test="@type = 'sent'">Sent by</xsl:when>
          <xsl:when test="@type = 'received'">Received by</xsl:when>
          <xsl:otherwise>Correspondent</xsl:otherwise>
        </xsl:choose>
      </dt>
      <xsl:for-each select="*[not(self::tei:date or self::tei:placeName)]">
        <dd><xsl:apply-templates select="."/></dd>
      </xsl:for-each>
      <xsl:for-each select="tei:placeName | tei:date">
        <dd class="{local-name()}"><xsl:apply-templates select="."/></dd>
      </xsl:for-each>
    </div>
  </xsl:template>

  <!-- ============================================================== structure -->

  <xsl:template match="tei:text | tei:body | tei:group">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:front | tei:back">
    <section class="{local-name()}">
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- The text's own title: shown unless it only repeats the page's heading. -->
  <xsl:template match="tei:docTitle">
    <xsl:variable name="title">
      <xsl:apply-templates select="/tei:TEI" mode="title"/>
    </xsl:variable>
    <xsl:if test="normalize-space() != $title">
      <div class="doc-title">
        <xsl:for-each select="tei:titlePart">
          <p class="title-part">
            <xsl:apply-templates select="@xml:lang"/>
            <xsl:apply-templates/>
          </p>
        </xsl:for-each>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:div">
    <section class="div {@type}">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <!-- A division's first heading is at its depth (h1 is the page's title); later ones a level
       below it. HTML stops at h6. -->
  <xsl:template match="tei:div/tei:head | tei:body/tei:head | tei:front/tei:head | tei:back/tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div) + count(preceding-sibling::tei:head[1])"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth &lt; 1">2</xsl:when>
        <xsl:when test="$depth > 5">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="$depth + 1"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$level}">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:head">
    <p class="head"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A paragraph holding blocks (a list, a quotation of paragraphs) cannot be an HTML p. -->
  <xsl:template match="tei:p | tei:ab">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="tei:list | tei:lg | tei:sp | tei:cit | tei:quote[tei:p]">div</xsl:when>
        <xsl:otherwise>p</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:if test="self::tei:ab or @type">
        <xsl:attribute name="class">
          <xsl:value-of select="normalize-space(concat(local-name(), ' ', @type))"/>
        </xsl:attribute>
      </xsl:if>
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- Letter parts and the framing lines of a text keep their name as a class. -->
  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:argument | tei:epigraph
      | tei:docImprint | tei:lg">
    <div class="{local-name()}"><xsl:apply-templates/></div>
  </xsl:template>

  <xsl:template match="tei:salute | tei:signed | tei:dateline | tei:byline | tei:docDate
      | tei:docAuthor | tei:trailer | tei:opener/tei:seg | tei:closer/tei:seg | tei:l">
    <p class="{normalize-space(concat(local-name(), ' ', @type))}">
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:list">
    <ul class="{normalize-space(concat('list ', @type))}">
      <xsl:apply-templates select="*"/>
    </ul>
  </xsl:template>

  <xsl:template match="tei:castList">
    <ul class="list cast">
      <xsl:apply-templates select="*"/>
    </ul>
  </xsl:template>

  <xsl:template match="tei:item | tei:castItem">
    <li>
      <xsl:if test="@n">
        <span class="item-n"><xsl:value-of select="@n"/></span>
        <xsl:text> </xsl:text>
      </xsl:if>
      <xsl:apply-templates/>
    </li>
  </xsl:template>

  <xsl:template match="tei:list/tei:head | tei:list/tei:label | tei:castList/tei:head">
    <li class="{local-name()}"><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="tei:cit">
    <figure class="cit"><xsl:apply-templates/></figure>
  </xsl:template>

  <xsl:template match="tei:cit/tei:bibl">
    <figcaption class="bibl"><xsl:apply-templates/></figcaption>
  </xsl:template>

  <!-- A quotation of paragraphs is a block; one inside a sentence is a phrase. -->
  <xsl:template match="tei:quote[tei:p] | tei:body/tei:quote | tei:div/tei:quote | tei:cit/tei:quote
      | tei:sp/tei:quote | tei:post/tei:quote">
    <blockquote>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:apply-templates/>
    </blockquote>
  </xsl:template>

  <!-- The marks stand in the text (TEI keeps them); CSS keeps q from adding its own. -->
  <xsl:template match="tei:q | tei:quote | tei:said">
    <q class="{local-name()}">
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:apply-templates/>
    </q>
  </xsl:template>

  <!-- Speech: the speaker's label, or the person its @who points to. -->
  <xsl:template match="tei:sp">
    <div class="sp">
      <xsl:choose>
        <xsl:when test="tei:speaker">
          <xsl:apply-templates select="tei:speaker"/>
        </xsl:when>
        <xsl:when test="@who">
          <p class="speaker">
            <xsl:call-template name="people">
              <xsl:with-param name="refs" select="@who"/>
            </xsl:call-template>
          </p>
        </xsl:when>
      </xsl:choose>
      <div class="speech">
        <xsl:apply-templates select="node()[not(self::tei:speaker)]"/>
      </div>
    </div>
  </xsl:template>

  <xsl:template match="tei:speaker">
    <p class="speaker"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:stage">
    <span class="stage"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:sp/tei:stage | tei:div/tei:stage | tei:body/tei:stage">
    <p class="stage"><xsl:apply-templates/></p>
  </xsl:template>

  <!-- A thread of comments: a list of posts, each opening with its author and its time. -->
  <xsl:template match="tei:div[tei:post]">
    <section class="div {@type}">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates select="tei:head"/>
      <ol class="thread">
        <xsl:for-each select="*[not(self::tei:head)]">
          <xsl:choose>
            <xsl:when test="self::tei:post"><xsl:apply-templates select="."/></xsl:when>
            <xsl:otherwise><li class="thread-text"><xsl:apply-templates select="."/></li></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <xsl:template match="tei:post">
    <li class="post">
      <xsl:if test="@n">
        <xsl:attribute name="id">post-<xsl:value-of select="@n"/></xsl:attribute>
      </xsl:if>
      <article>
        <p class="post-meta">
          <span class="post-author">
            <xsl:choose>
              <xsl:when test="tei:byline">
                <xsl:apply-templates select="tei:byline/node()"/>
              </xsl:when>
              <xsl:when test="@who">
                <xsl:call-template name="people">
                  <xsl:with-param name="refs" select="@who"/>
                </xsl:call-template>
              </xsl:when>
              <xsl:otherwise>Unnamed</xsl:otherwise>
            </xsl:choose>
          </span>
          <xsl:text> </xsl:text>
          <span class="post-time">
            <xsl:choose>
              <xsl:when test="tei:dateline">
                <xsl:apply-templates select="tei:dateline/node()"/>
              </xsl:when>
              <xsl:when test="@when">
                <time datetime="{@when}"><xsl:value-of select="@when"/></time>
              </xsl:when>
            </xsl:choose>
          </span>
          <xsl:if test="@n">
            <xsl:text> </xsl:text>
            <a class="post-n" href="#post-{@n}">#<xsl:value-of select="@n"/></a>
          </xsl:if>
        </p>
        <xsl:apply-templates select="node()[not(self::tei:byline or self::tei:dateline or self::tei:post)]"/>
      </article>
      <xsl:if test="tei:post">
        <ol class="thread replies"><xsl:apply-templates select="tei:post"/></ol>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- ============================================================== notes -->

  <xsl:template match="tei:note[@place = 'foot']">
    <xsl:variable name="n">
      <xsl:call-template name="footnote-number"/>
    </xsl:variable>
    <sup class="footnote-ref">
      <a href="#fn-{$n}" id="fnref-{$n}" role="doc-noteref">
        <xsl:call-template name="footnote-label"/>
      </a>
    </sup>
  </xsl:template>

  <xsl:template match="tei:note" mode="footnote-list">
    <xsl:variable name="n">
      <xsl:call-template name="footnote-number"/>
    </xsl:variable>
    <li id="fn-{$n}">
      <a class="footnote-back" href="#fnref-{$n}" role="doc-backlink"
         title="Back to the text"><xsl:call-template name="footnote-label"/></a>
      <xsl:text> </xsl:text>
      <div class="footnote-body">
        <xsl:choose>
          <xsl:when test="tei:p"><xsl:apply-templates/></xsl:when>
          <xsl:otherwise><p><xsl:apply-templates/></p></xsl:otherwise>
        </xsl:choose>
      </div>
    </li>
  </xsl:template>

  <!-- Ids by position among the footnotes: unique and the same on every run. -->
  <xsl:template name="footnote-number">
    <xsl:value-of select="count(preceding::tei:note[@place = 'foot'] | ancestor::tei:note[@place = 'foot']) + 1"/>
  </xsl:template>

  <!-- The label the source gives (a number, an asterisk), else the position. -->
  <xsl:template name="footnote-label">
    <xsl:choose>
      <xsl:when test="@n"><xsl:value-of select="@n"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="footnote-number"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An editor's remark inside the text. -->
  <xsl:template match="tei:note">
    <span class="note {@type}" title="Editorial note">
      <xsl:text>[</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <!-- Written on the document by another hand, or stamped on it: labelled with its kind. -->
  <xsl:template match="tei:note[@hand or (@type and @type != 'editorial')][not(@place = 'foot')]">
    <xsl:variable name="element">
      <xsl:choose>
        <xsl:when test="parent::tei:body | parent::tei:div | parent::tei:sp | parent::tei:post
            | parent::tei:front | parent::tei:back">div</xsl:when>
        <xsl:otherwise>span</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="{$element}">
      <xsl:attribute name="class">annotation <xsl:value-of select="@type"/></xsl:attribute>
      <xsl:if test="@hand">
        <xsl:attribute name="title">
          <xsl:value-of select="normalize-space(key('id', substring-after(@hand, '#')))"/>
        </xsl:attribute>
      </xsl:if>
      <span class="annotation-label">
        <xsl:value-of select="translate(@type, '-', ' ')"/>
        <xsl:if test="not(@type)">another hand</xsl:if>
      </span>
      <xsl:text> </xsl:text>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <!-- ============================================================== phrases -->

  <xsl:template match="tei:supplied">
    <span class="supplied">
      <xsl:attribute name="title">
        <xsl:text>supplied by the editor</xsl:text>
        <xsl:if test="@reason">: <xsl:value-of select="@reason"/></xsl:if>
      </xsl:attribute>
      <xsl:text>[</xsl:text>
      <xsl:apply-templates/>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:date | tei:time">
    <xsl:variable name="normal">
      <xsl:choose>
        <xsl:when test="@when"><xsl:value-of select="@when"/></xsl:when>
        <xsl:when test="@from or @to">
          <xsl:value-of select="normalize-space(concat(@from, ' – ', @to))"/>
        </xsl:when>
        <xsl:when test="@notBefore or @notAfter">
          <xsl:value-of select="normalize-space(concat('between ', @notBefore, ' and ', @notAfter))"/>
        </xsl:when>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="@when">
        <time datetime="{@when}" title="{$normal}">
          <xsl:call-template name="date-text"/>
        </time>
      </xsl:when>
      <xsl:when test="$normal != ''">
        <span class="date" title="{$normal}"><xsl:call-template name="date-text"/></span>
      </xsl:when>
      <xsl:otherwise>
        <span class="date"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A date with no words of its own (in the header) shows its normalised value. -->
  <xsl:template name="date-text">
    <xsl:apply-templates/>
    <xsl:if test="not(node())"><xsl:value-of select="@when | @from"/></xsl:if>
  </xsl:template>

  <xsl:template match="tei:foreign">
    <i class="foreign"><xsl:apply-templates select="@xml:lang"/><xsl:apply-templates/></i>
  </xsl:template>

  <!-- lang for the browser (hyphenation, fonts, screen readers); the language's name on hover. -->
  <xsl:template match="@xml:lang">
    <xsl:attribute name="lang"><xsl:value-of select="."/></xsl:attribute>
    <xsl:variable name="declared" select="$header/tei:profileDesc/tei:langUsage/tei:language[@ident = current()]"/>
    <xsl:if test="$declared and not(parent::tei:TEI or parent::tei:language)">
      <xsl:attribute name="title"><xsl:value-of select="normalize-space($declared)"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template match="@xml:id">
    <xsl:attribute name="id"><xsl:value-of select="."/></xsl:attribute>
  </xsl:template>

  <xsl:template match="tei:hi[contains(@rend, 'bold')]">
    <strong><xsl:apply-templates/></strong>
  </xsl:template>

  <xsl:template match="tei:hi[contains(@rend, 'italic') and not(contains(@rend, 'bold'))] | tei:emph">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="tei:hi">
    <span class="hi {@rend}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:title">
    <cite><xsl:apply-templates select="@xml:lang"/><xsl:apply-templates/></cite>
  </xsl:template>

  <xsl:template match="tei:mentioned | tei:soCalled | tei:term">
    <i class="{local-name()}"><xsl:apply-templates select="@xml:lang"/><xsl:apply-templates/></i>
  </xsl:template>

  <!-- A name that points at a participant links to the panel's entry for them. -->
  <xsl:template match="tei:persName | tei:orgName | tei:placeName | tei:name | tei:roleName">
    <xsl:choose>
      <xsl:when test="starts-with(@ref, '#') and key('id', substring(@ref, 2))">
        <a class="name {local-name()}" href="{@ref}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="name {local-name()}"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A person's or organisation's first name (the fullest, as teiconv lists them). -->
  <xsl:template name="name-of">
    <xsl:choose>
      <xsl:when test="tei:persName | tei:orgName">
        <xsl:value-of select="normalize-space((tei:persName | tei:orgName)[1])"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "#a #b" as the names of the people the ids point to. -->
  <xsl:template name="people">
    <xsl:param name="refs"/>
    <xsl:variable name="first" select="substring-before(concat(normalize-space($refs), ' '), ' ')"/>
    <xsl:variable name="rest" select="substring-after(normalize-space($refs), ' ')"/>
    <xsl:variable name="who" select="key('id', substring-after($first, '#'))"/>
    <a class="name" href="{$first}">
      <xsl:choose>
        <xsl:when test="$who">
          <xsl:for-each select="$who"><xsl:call-template name="name-of"/></xsl:for-each>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="substring-after($first, '#')"/></xsl:otherwise>
      </xsl:choose>
    </a>
    <xsl:if test="$rest != ''">
      <xsl:text>, </xsl:text>
      <xsl:call-template name="people">
        <xsl:with-param name="refs" select="$rest"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:ref[@target]">
    <xsl:call-template name="link">
      <xsl:with-param name="target" select="@target"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:ptr[@target]">
    <xsl:call-template name="link">
      <xsl:with-param name="target" select="@target"/>
      <xsl:with-param name="text" select="@target"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Only web, mail and in-page links are made links: a reading view runs no javascript: URL. -->
  <xsl:template name="link">
    <xsl:param name="target"/>
    <xsl:param name="text"/>
    <xsl:variable name="url" select="normalize-space($target)"/>
    <xsl:variable name="safe" select="starts-with($url, 'http://') or starts-with($url, 'https://')
        or starts-with($url, 'mailto:') or starts-with($url, '#')"/>
    <xsl:choose>
      <xsl:when test="$safe">
        <a href="{$url}">
          <xsl:value-of select="$text"/>
          <xsl:if test="string($text) = ''"><xsl:apply-templates/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref" title="{$url}">
          <xsl:value-of select="$text"/>
          <xsl:if test="string($text) = ''"><xsl:apply-templates/></xsl:if>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb">
    <span class="pb" title="page break">
      <xsl:text>[</xsl:text>
      <xsl:choose>
        <xsl:when test="@n">p. <xsl:value-of select="@n"/></xsl:when>
        <xsl:otherwise>page break</xsl:otherwise>
      </xsl:choose>
      <xsl:text>]</xsl:text>
    </span>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>

  <xsl:template match="tei:gap">
    <span class="gap" title="{normalize-space(concat('omitted ', @reason))}">[…]</span>
  </xsl:template>

  <xsl:template match="tei:unclear">
    <span class="unclear" title="unclear in the source"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:del"><del><xsl:apply-templates/></del></xsl:template>
  <xsl:template match="tei:add"><ins class="add"><xsl:apply-templates/></ins></xsl:template>

  <!-- A correction shows the corrected reading, the source's on hover. -->
  <xsl:template match="tei:choice">
    <span class="choice" title="{normalize-space(tei:sic | tei:orig | tei:abbr)}">
      <xsl:apply-templates select="tei:corr | tei:reg | tei:expan"/>
    </span>
  </xsl:template>

  <!-- Anything else keeps its words, with its TEI name as a class. -->
  <xsl:template match="tei:*">
    <span class="{local-name()}">
      <xsl:apply-templates select="@xml:id | @xml:lang"/>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

</xsl:stylesheet>

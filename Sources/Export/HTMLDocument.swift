import StoryBuilder

/// A complete, self-contained HTML page: inline stylesheet (screen and print), no script, no other host.
/// Written as well-formed XML too (void elements closed), so that any XML parser can check it, and without control
/// characters, whichever part of the page they came from: it is built from ``Node``s.
struct HTMLDocument {
    var locale: NarrativeLocale
    var title: String
    /// Path prefix from this page to the pack's root ("" or "../").
    var root: String
    /// The same page in the other language, relative to this page.
    var languageLink: (href: String, label: String)?
    var homeLabel: String
    var footer: String
    /// Print layout: a brief must fit one A4 page.
    var compactPrint = false
    var body: Node

    func render() -> String {
        var nav: [Node] = [.element("a", ["href": root + "index.html"], [.text(homeLabel)])]
        if let link = languageLink {
            nav += [.text(" · "), .element("a", ["href": link.href, "hreflang": locale == .en ? "fr" : "en"], [.text(link.label)])]
        }
        let head = Node.block("head", [
            .element("meta", ["charset": "utf-8"]),
            .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
            .element("meta", ["name": "generator", "content": "Conteur"]),
            .element("title", [.text(title)]),
            .element("style", [.literal(Self.style), compactPrint ? .literal(Self.compactPrintStyle) : .fragment([])]),
        ])
        let page = Node.block("body", [
            .element("header", [.element("nav", nav)]),
            .block("main", [body]),
            .element("footer", [.element("p", [.text(footer)])]),
        ])
        return Node.lines([.doctype, .block("html", ["lang": locale.rawValue], [head, page])]).render()
    }

    static let style: StaticString = """
        :root{color-scheme:light;--ink:#1f2933;--muted:#7b8794;--accent:#2f6fed;--line:#e4e7eb}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
        header,main,footer{max-width:60rem;margin:0 auto;padding:0 1.25rem}
        header{padding-top:1rem;font-size:.9rem}
        a{color:var(--accent)}
        h1{font-size:1.8rem;line-height:1.2;margin:1rem 0 .5rem}
        h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
        h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
        .lede,.meta,footer{color:var(--muted)}
        .meta{font-size:.9rem}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:1rem;padding:0;list-style:none}
        .card{border:1px solid var(--line);border-radius:.5rem;padding:1rem}
        .card h3{margin-top:0}
        figure{margin:1rem 0}
        figure svg{display:block;max-width:100%;height:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem}
        th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--line)}
        td.num{text-align:right;white-space:nowrap}
        form label{display:block;margin:.75rem 0 .25rem;font-weight:600}
        form input,form textarea,form select{width:100%;font:inherit;padding:.4rem;border:1px solid var(--muted);border-radius:.3rem}
        form button{margin-top:1rem;font:inherit;padding:.5rem 1rem;background:var(--accent);color:#fff;border:0;border-radius:.3rem}
        footer{margin-top:3rem;padding-bottom:2rem;font-size:.85rem}
        @media print{
          @page{size:A4;margin:14mm}
          body{font-size:10.5pt}
          header,footer nav{display:none}
          header,main,footer{max-width:none;padding:0}
          a{color:inherit;text-decoration:none}
          h2{break-after:avoid;margin-top:1.2rem}
          figure,.card,tr{break-inside:avoid}
          .cards{grid-template-columns:repeat(2,1fr)}
          body{font-size:8.5pt;line-height:1.3}
          h1{font-size:15pt;margin:0 0 .2rem}
          h2{font-size:10.5pt;margin:.6rem 0 .2rem;padding-bottom:0}
          h3{font-size:9pt;margin:.3rem 0 0}
          p,ul{margin:.2rem 0}
          figure{margin:.2rem 0}
          .charts{display:grid;grid-template-columns:1fr 1fr;column-gap:6mm}
          .charts h2{font-size:9.5pt}
          .attributes{display:grid;grid-template-columns:repeat(4,1fr);column-gap:4mm}
          .story{columns:2;column-gap:6mm}
          .figures table,.figures tbody,.figures tr{display:block}
          .figures thead{display:none}
          .figures tbody{columns:2;column-gap:6mm;font-size:6.8pt}
          .figures td{display:inline;border:0;padding:0 .3rem 0 0}
          .figures tr{padding:.05rem 0;border-bottom:1px solid var(--line)}
        }
        """

    /// A brief on one A4 page: smaller type, tighter spacing, two columns for the lists.
    static let compactPrintStyle: StaticString = """
        @media print{
          body{font-size:8.6pt;line-height:1.3}
          h1{font-size:14pt;margin:0 0 .2rem}
          h2{font-size:10pt;margin:.5rem 0 .15rem;padding-bottom:0}
          p,ul{margin:.15rem 0}
          ul{padding-left:1.1rem}
          main{columns:2;column-gap:8mm}
          main h1,main>p:first-of-type{column-span:all}
          footer{margin-top:.4rem;padding:0;font-size:7.5pt}
          .figures{display:none}
        }
        """
}

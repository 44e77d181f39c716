using ContentAnalysis.Core.Corpus;

namespace ContentAnalysis.Core.Tests.Corpus;

/// <summary>
/// A think-tank article page as such pages are built (masthead, menus, breadcrumbs, byline, view counter, share
/// buttons, an image caption, a newsletter box, a list of related publications, comments, footer), imported as
/// <c>.html</c> and as the text a browser saves from it.
/// </summary>
public sealed class WebPageImportTests
{
    private const string P1 = "Russia's invasion of Ukraine began two days after Azerbaijan had signed a declaration of allied interaction with Moscow, and few governments have faced a sharper clash between a new commitment and an old friendship.";
    private const string P2 = "Support for Ukraine has been practical rather than political: medicines, generators and free fuel for ambulances at the filling stations of the state oil company.";
    private const string P3 = "What Baku has not done is just as deliberate. It has imposed no sanctions and has not criticised Russia by name.";
    private const string P4 = "In Karabakh, Baku has read Russia's difficulties as an opening and pressed the peacekeeping command harder than before.";
    private const string Short = "Nothing else was said.";

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html lang="en"><head>
        <meta charset="utf-8"><title>Azerbaijan's Ukraine Test | Caucasus Policy Centre</title>
        <meta property="og:title" content="Between Kyiv and Moscow: Azerbaijan's Ukraine Test">
        <meta name="author" content="Nadia Quist">
        <meta property="article:published_time" content="2022-04-14T09:00:00+02:00">
        <meta property="og:site_name" content="Caucasus Policy Centre">
        <script>var tracking = "Read 1 times";</script><style>p { color: black; }</style>
        </head><body>
        <header class="site-header"><a href="/">Caucasus Policy Centre</a><p>Independent analysis since 2004</p></header>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/pubs">Publications</a></li><li><a href="/events">Events</a></li></ul></nav>
        <div class="breadcrumbs"><a href="/">Home</a> » <a href="/pubs">Publications</a> » Commentary</div>
        <div id="content">
          <h1>Between Kyiv and Moscow: Azerbaijan's Ukraine Test</h1>
          <div class="item-info"><span>Written by <a href="/authors/quist">Nadia Quist</a></span> <span>14 April 2022</span></div>
          <div>Read 12755 times</div>
          <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
          <p>{{P1}}</p>
          <figure><img src="aliyev.jpg" alt="Aliyev small"><figcaption>Aliyev small</figcaption></figure>
          <p>{{P2}}</p>
          <p>Aliyev small</p>
          <p>{{P3}}</p>
          <p>{{Short}}</p>
          <h2>Pressure in <em>Karabakh</em></h2>
          <p>{{P4}}</p>
          <ul><li>Gas supply cut in March.</li><li>Troops entered Farrukh.</li></ul>
          <p>Tags: <a href="/t/az">Azerbaijan</a>, <a href="/t/ru">Russia</a>, <a href="/t/ua">Ukraine</a></p>
        </div>
        <aside class="sidebar"><h3>Newsletter</h3><p>Sign up for our weekly newsletter and never miss an analysis from our experts in the region.</p></aside>
        <div class="newsletter-box"><h3>Newsletter</h3><form><input type="email"><button>Subscribe</button></form></div>
        <div class="related-publications"><h3>Related publications</h3><ul>
          <li><a href="/p/1">Baku's Balancing Act Between Moscow and the West</a></li>
          <li><a href="/p/2">The Peacekeeping Test: One Year of Russian Troops in Karabakh</a></li>
          <li><a href="/p/3">Allied Interaction: What the Moscow Declaration Says</a></li></ul></div>
        <section><h3>Other publications</h3><ul>
          <li><a href="/p/4">Georgia after the August war: ten years on</a></li>
          <li><a href="/p/5">Energy corridors and the Caspian: a primer</a></li></ul></section>
        <div id="comments"><h3>Comments</h3><p>Great piece, thanks for sharing this with all of us here on the site.</p></div>
        <footer><p>© 2022 Caucasus Policy Centre. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    [Fact]
    public void Import_ThinkTankPage_KeepsTheArticleOnly()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("pages/ukraine-test.html", Page);
        var layout = new ProjectLayout(temp.Path);
        var outcome = Assert.Single(CorpusImporter.Import(layout, [file], new CorpusImportOptions()));
        Assert.Equal(("ukraine-test", "added", 6), (outcome.DocumentId, outcome.Status, outcome.UnitCount));

        var corpus = CorpusStore.Open(layout);
        var text = corpus.ReadText("ukraine-test");
        Assert.Equal(
            [
                ("Between Kyiv and Moscow: Azerbaijan's Ukraine Test", P1),
                ("Between Kyiv and Moscow: Azerbaijan's Ukraine Test", P2),
                ("Between Kyiv and Moscow: Azerbaijan's Ukraine Test", P3),
                ("Between Kyiv and Moscow: Azerbaijan's Ukraine Test", Short),
                ("Pressure in Karabakh", P4),
                ("Pressure in Karabakh", "Gas supply cut in March.\nTroops entered Farrukh."),
            ],
            corpus.UnitsOf("ukraine-test").Select(u => (u.Section, u.TextIn(text))));
        var document = corpus.FindDocument("ukraine-test")!.Metadata;
        Assert.Equal(
            ("Between Kyiv and Moscow: Azerbaijan's Ukraine Test", "Nadia Quist", "Caucasus Policy Centre", "2022-04-14"),
            (document.Title, document.Author, document.Source, document.Date));
    }

    // What Firefox's "Save Page As… Text Files" writes for such a page: one block per line, few blank lines.
    [Fact]
    public void Import_TextSavedFromBrowser_StripBoilerplateKeepsTheArticle()
    {
        var saved = string.Join('\n', [
            "Caucasus Policy Centre", "Home", "Publications", "Events", "Home » Publications » Commentary",
            "Between Kyiv and Moscow: Azerbaijan's Ukraine Test", "Written by Nadia Quist 14 April 2022", "Read 12755 times",
            "Facebook Twitter Email", P1, "Aliyev small", P2, "Aliyev small", P3, Short, "Pressure in Karabakh", P4,
            "Tags: Azerbaijan, Russia, Ukraine", "Newsletter", "Subscribe", "Related publications",
            "Baku's Balancing Act Between Moscow and the West", "The Peacekeeping Test: One Year of Russian Troops in Karabakh",
            "© 2022 Caucasus Policy Centre. All rights reserved.", string.Empty]);
        using var temp = new TempDirectory();
        var file = temp.Write("saved.txt", saved);
        var layout = new ProjectLayout(temp.Path);
        CorpusImporter.Import(layout, [file], new CorpusImportOptions { StripBoilerplate = true });
        var corpus = CorpusStore.Open(layout);
        var text = corpus.ReadText("saved");
        Assert.Equal([P1, P2, P3, Short, P4], corpus.UnitsOf("saved").Select(u => u.TextIn(text)));

        // Without the option every line of the page is kept (the text has no blank lines: one unit).
        CorpusImporter.Import(layout, [file], new CorpusImportOptions { Id = "raw" });
        Assert.Single(CorpusStore.Open(layout).UnitsOf("raw"));
    }
}

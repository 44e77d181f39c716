using System.Text;

namespace ContentAnalysis.Benchmarks.Corpus;

/// <summary>Writes the generated corpus of the import benchmark: files of sentences from a small pool, seeded, so every run sees the same bytes.</summary>
public static class CorpusGenerator
{
    private static readonly string[] Sentences =
    [
        "Russia wore four hats during the 44-day war of 2020.",
        "Dr. Aliyev met V. Putin in Moscow on Nov. 10 to sign the trilateral statement.",
        "The U.S. and France, e.g. as Minsk Group co-chairs, were left aside.",
        "Roughly 2,000 peacekeepers were deployed for 5 years, i.e. until 2025.",
        "Was the truce of 10 October a success? It collapsed within hours...",
        "Trade grew by 3.5 percent, according to No. 4 of the ministry's bulletin.",
        "Ankara's support for Baku shaped the inter-\nnational reaction.",
    ];

    /// <summary>Writes <paramref name="fileCount"/> files <c>doc-000.txt</c>… of about <paramref name="fileBytes"/> bytes each; returns their paths.</summary>
    public static List<string> Write(string directory, int fileCount, int fileBytes)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        var random = new Random(2022);
        for (var f = 0; f < fileCount; f++)
        {
            var text = new StringBuilder(fileBytes + 1000);
            while (text.Length < fileBytes)
            {
                var count = random.Next(2, 7);
                for (var s = 0; s < count; s++)
                {
                    text.Append(Sentences[random.Next(Sentences.Length)]).Append(s % 3 == 2 ? '\n' : ' ');
                }

                text.Append("\n\n");
            }

            var path = Path.Combine(directory, $"doc-{f:D3}.txt");
            File.WriteAllText(path, text.ToString());
            files.Add(path);
        }

        return files;
    }
}

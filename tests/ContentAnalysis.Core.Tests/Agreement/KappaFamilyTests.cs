using ContentAnalysis.Core.Agreement;

namespace ContentAnalysis.Core.Tests.Agreement;

public sealed class KappaFamilyTests
{
    [Fact]
    public void Dump()
    {
        foreach (var name in new[] { "peer_irrcac_raw4raters_4x12", "peer_irrcac_cont3x3abstractors_2x100", "peer_irrcac_bengerry_2x12", "peer_irr_diagnoses_6x30" })
        {
            var data = KappaFixtures.Load(name);
            foreach (var e in KappaFamily.ComputeAll(data, new KappaOptions { Level = LevelOfMeasurement.Ordinal }))
            {
                Console.WriteLine($"{name} {e.Name} {e.Value:R} se={e.StandardError:R} ci=({e.CiLow:R},{e.CiHigh:R}) p={e.PValue:R} {e.Note}");
            }
        }

        foreach (var e in KappaFamily.ComputeAll(KappaFixtures.Load("peer_irr_diagnoses_6x30", 15)))
        {
            Console.WriteLine($"first15 {e.Name} {e.Value:R} se={e.StandardError:R} ci=({e.CiLow:R},{e.CiHigh:R}) p={e.PValue:R} {e.Note}");
        }
    }
}

using PublicFinance.FinalAccounts.Serialization;
using Xunit;

namespace PublicFinance.FinalAccounts.Tests.Serialization
{
    public class SmokeTests
    {
        [Fact]
        public void Sample_Reads()
        {
            var report = FinalAccountsJson.Deserialize(TestFiles.SampleJson);
            Assert.Equal(2024, report.Entity.FiscalYear);
            System.IO.File.WriteAllText("/tmp/gen/canonical.json", FinalAccountsJson.Serialize(report));
            var min = FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024}}");
            System.IO.File.WriteAllText("/tmp/gen/min.txt", min.Unit + " " + min.SchemaVersion + " " + (min.Notes == null));
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":3024}}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024,\"functions\":null}}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"narrative\":{\"income\":{\"total\":{\"amount\":3.5}}}}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"bogus\":1}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":null,\"fiscalYear\":2024}}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"fiscalYear\":2024}}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024},\"unit\":1}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024, \"name\":\"y\"}}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
            try { FinalAccountsJson.Deserialize("{\"entity\":{\"name\":\"x\",\"fiscalYear\":2024}, \"personnel\":{\"total\":{\"count\":-1}}}"); } catch (System.Exception ex) { System.IO.File.AppendAllText("/tmp/gen/min.txt", "\n" + ex.Message); }
        }
    }
}

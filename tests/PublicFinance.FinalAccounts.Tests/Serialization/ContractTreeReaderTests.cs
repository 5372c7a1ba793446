using System.Text;
using System.Text.Json.Nodes;
using PublicFinance.FinalAccounts.Model;
using PublicFinance.FinalAccounts.Serialization;

namespace PublicFinance.FinalAccounts.Tests.Serialization;

/// <summary>
/// The second engine over the generated description (<see cref="ContractTreeReader"/>, which reads the text reader's
/// draft) reads exactly what the contract reads from the tree's JSON, or gives up — on every committed document (the
/// sample, every conformance report, the fuzz reproducers: the tables and every record type the reader never drafts) and
/// on mutated documents; and wherever the JSON engine reads a document that a tree can hold, the tree engine reads it too.
/// </summary>
public class ContractTreeReaderTests
{
    public static TheoryData<string> Documents() => ContractReaderTests.Documents();

    [Theory]
    [MemberData(nameof(Documents))]
    public void CommittedDocument_ReadAsATree_EqualsTheContract(string relativePath)
    {
        var bytes = ContractReaderTests.DocumentBytes(relativePath);
        if (JsonTree.Parse(Encoding.UTF8.GetString(bytes)) is not { } tree)
        {
            return;   // not JSON, or a repeated member: no tree to compare (the JSON tests cover it)
        }

        var fromTree = ContractTreeReader.TryRead(tree);
        var contract = Contract(bytes);
        if (fromTree is not null)
        {
            Assert.Equal(contract, fromTree);
        }

        // Both engines run the same description with the same converters: a document the JSON engine reads is read from
        // its tree too, unless the tree holds a value a draft cannot (a boolean, a non-integral number, a lone surrogate).
        if (tree.Representable && ContractReader.TryRead(bytes, FinalAccountsJsonReadOptions.Default.MaxDepth) is { } fast)
        {
            Assert.Equal(fast, fromTree);
        }
    }

    [Fact]
    public void Sample_IsReadAsATree()
    {
        // The sample (a valid report with the tables, written by the contract) holds only strings, integers, objects and
        // arrays: its tree must be read, not given up, and equal the contract's reading.
        var bytes = File.ReadAllBytes(TestFiles.SampleJsonPath);
        var tree = JsonTree.Parse(Encoding.UTF8.GetString(bytes))!;
        Assert.True(tree.Representable);
        Assert.Equal(Contract(bytes), ContractTreeReader.TryRead(tree));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Sample_WithMembersInAnyOrder_IsReadAsATree(int seed)
    {
        // A draft writes members in its own order, which may change from record to record of a type: the reader's guess
        // of the order (the last record's) must never decide a member, only speed up finding it. Every object's members
        // are shuffled anew, the sample read twice in a row, both times equal to the contract's reading.
        var json = JsonNode.Parse(File.ReadAllText(TestFiles.SampleJsonPath))!;
        var random = new Random(seed);
        var shuffled = new JsonTree(Shuffle(json, random));
        var again = new JsonTree(Shuffle(json, random));
        var contract = Contract(File.ReadAllBytes(TestFiles.SampleJsonPath));
        Assert.Equal(contract, ContractTreeReader.TryRead(shuffled));
        Assert.Equal(contract, ContractTreeReader.TryRead(again));
        Assert.Equal(contract, ContractTreeReader.TryRead(shuffled));
    }

    [Property(MaxTest = 300)]
    public Property MutatedDocument_TreeEqualsTheContractOrGivesUp()
        => Prop.ForAll(ContractReaderTests.Mutants.ToArbitrary(), json =>
        {
            if (JsonTree.Parse(json) is not { } tree || ContractTreeReader.TryRead(tree) is not { } fromTree)
            {
                return true.Label("gave up");
            }

            // What the tree engine reads, the contract must read from the same JSON, and equal.
            return (Contract(Encoding.UTF8.GetBytes(json)) == fromTree).Label(json.Length > 300 ? json.Substring(0, 300) : json);
        });

    /// <summary>
    /// The property above holds vacuously if every mutant's tree is refused. A fixed sweep of value replacements over
    /// every seed: the tree engine reads some and refuses some, each read equal to the contract's reading.
    /// </summary>
    [Fact]
    public void ValueReplacements_AreReadFromTheTreeOrRefused_NotAlwaysOneOrTheOther()
    {
        var read = 0;
        var refused = 0;
        foreach (var seed in ContractReaderTests.Seeds)
        {
            for (var k = 0; k < 60; k++)
            {
                var json = ContractReaderTests.Mutate(seed, k * 7919, 0);
                if (JsonTree.Parse(json) is not { } tree || ContractTreeReader.TryRead(tree) is not { } fromTree)
                {
                    refused++;
                    continue;
                }

                read++;
                Assert.Equal(Contract(Encoding.UTF8.GetBytes(json)), fromTree);
            }
        }

        // "0.00" for an amount or "increase" for a direction keeps a report valid; null, {} or "yuan" for an amount does not.
        Assert.True(read > 0, "no mutant's tree was read");
        Assert.True(refused > 0, "no mutant's tree was refused");
    }

    private static JsonNode? Shuffle(JsonNode? node, Random random) => node switch
    {
        JsonObject members => new JsonObject(members.OrderBy(_ => random.Next())
            .Select(m => KeyValuePair.Create(m.Key, Shuffle(m.Value, random)))),
        JsonArray items => new JsonArray(items.Select(i => Shuffle(i, random)).ToArray()),
        _ => node?.DeepClone(),
    };

    private static FinalAccountsReport? Contract(byte[] bytes)
    {
        try
        {
            return FinalAccountsJson.Deserialize(bytes, null, fastPath: false);
        }
        catch (FinalAccountsJsonException)
        {
            return null;
        }
    }
}

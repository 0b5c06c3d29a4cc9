// === 5.1 right
void MyCyclicShuffle(int[] items, Random random)
{
    // Sattolo: the item placed at i always comes from a position before i
    for (int i = items.Length - 1; i > 0; i--)
    {
        int j = random.Next(i);
        (items[i], items[j]) = (items[j], items[i]);
    }
}
// === 5.1 wrong
void MyCyclicShuffle(int[] items, Random random)
{
    // plain Fisher–Yates: j may equal i, so items can stay in place and cycles close early
    for (int i = items.Length - 1; i > 0; i--)
    {
        int j = random.Next(i + 1);
        (items[i], items[j]) = (items[j], items[i]);
    }
}
// === 5.2 right
int[] MyInterleavedOrder(Dataset data)
{
    var byClass = Enumerable.Range(0, data.ClassCount)
        .Select(k => Enumerable.Range(0, data.Count).Where(i => data.Labels![i] == k).ToList()).ToArray();
    var order = new List<int>();
    for (int r = 0; order.Count < data.Count; r++)
        foreach (var rows in byClass)
            if (r < rows.Count) order.Add(rows[r]);
    return order.ToArray();
}
// === 5.2 wrong
int[] MyInterleavedOrder(Dataset data) =>
    // groups the rows by class instead of cycling through the classes: that is the file order again
    Enumerable.Range(0, data.Count).OrderBy(i => data.Labels![i]).ToArray();
// === 5.3 right
double MyPredictedUnchangedProbability() => 2.0 / 9;   // (j₂, j₁) = (2, 1) and (1, 2) of the 9 pairs
// === 5.3 wrong
double MyPredictedUnchangedProbability() => 1.0 / 6;   // the fair shuffle's value

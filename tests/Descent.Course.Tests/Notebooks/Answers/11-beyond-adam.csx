// === 11.1 right
double PredictedLionMaxMove(int steps, double learningRate) => steps * learningRate;   // k moves of ±η, all in one direction for some coordinate
// === 11.1 wrong
double PredictedLionMaxMove(int steps, double learningRate) => learningRate;           // forgets that the moves add up over the steps
// === 11.2 right
(long Adafactor, long AdamW) StateBytesFormula(int[] layerSizes)
{
    long adafactor = 0, parameters = 0;
    for (int l = 0; l + 1 < layerSizes.Length; l++)
    {
        long inputs = layerSizes[l], outputs = layerSizes[l + 1];
        adafactor += (outputs + inputs) + outputs;        // the matrix's row and column factors, the bias's full second moment
        parameters += outputs * inputs + outputs;
    }
    return (8 * adafactor, 8 * 2 * parameters);
}
// === 11.2 wrong
(long Adafactor, long AdamW) StateBytesFormula(int[] layerSizes)
{
    long adafactor = 0, parameters = 0;
    for (int l = 0; l + 1 < layerSizes.Length; l++)
    {
        long inputs = layerSizes[l], outputs = layerSizes[l + 1];
        adafactor += outputs + inputs;                     // forgets the bias vectors, which are not factored
        parameters += outputs * inputs + outputs;
    }
    return (8 * adafactor, 8 * 2 * parameters);
}

package nl.toplaag.circularity;

/**
 * The Material Circularity Indicator of one module, with its material flows summed over its materials
 * (kg per module). See {@code docs/circularity.md}.
 *
 * @param massKg M: mass of the materials listed, kg
 * @param virginKg V = Σ M_i (1 − F_R − F_U − F_S)
 * @param wasteLinearKg W_0 = Σ M_i (1 − C_R − C_U − C_C − C_E)
 * @param wasteFeedstockKg W_F = Σ M_i F_R (1 − E) / E
 * @param wasteCollectionKg W_C = Σ M_i (1 − E) C_R
 * @param wasteKg W = W_0 + (W_F + W_C) / 2
 * @param lfi LFI = (V + W) / (2M + (W_F − W_C) / 2)
 * @param utility X = (L / L_av) · (U / U_av)
 * @param mci MCI = max(0, 1 − LFI · 0.9 / X)
 */
public record MaterialFlows(double massKg, double virginKg, double wasteLinearKg, double wasteFeedstockKg,
    double wasteCollectionKg, double wasteKg, double lfi, double utility, double mci) {}

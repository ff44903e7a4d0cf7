package dk.kkr.core.calc;

import dk.kkr.core.danish.DanishNumbers;
import dk.kkr.core.danish.Municipality;
import dk.kkr.core.text.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Divides a whole number of units (places, kroner) in proportion to weights so that the parts are whole
 * and add up to exactly the total: the largest remainder method (Hare–Niemeyer). Each claim's exact quota
 * is total × weight / sum of weights; each gets the whole part of its quota, and the units left over go
 * one each to the largest fractional parts. Ties are broken in a stable, stated order: the larger
 * fractional part first, then the larger weight, then the lower municipality code. All arithmetic is
 * exact (the fractional parts are compared as exact remainders over the common denominator). Stateless
 * and thread-safe.
 */
public final class LargestRemainder {

    /** The tie rule in Danish, for the step texts of the models that use this method. */
    public static final String RULE = Messages.text("calc.remainder.rule");

    private LargestRemainder() {
    }

    /** A municipality's weight (an amount, a number of inhabitants, a key's numerator); not negative. */
    public record Claim(Municipality municipality, BigDecimal weight) {
    }

    /**
     * A municipality's part.
     *
     * @param quota     the exact quota rounded half up to 4 decimals, for showing only
     * @param units     the whole units it gets
     * @param roundedUp whether it got one of the units left over after the whole parts
     */
    public record Part(Municipality municipality, BigDecimal weight, BigDecimal quota, long units, boolean roundedUp) {
    }

    /**
     * The parts, in the order of the claims.
     *
     * @param fromWholeParts the units given out as whole parts of the quotas, before the remainders
     */
    public record Result(List<Part> parts, long total, long fromWholeParts) {

        public long unitsOf(Municipality municipality) {
            return parts.stream().filter(p -> p.municipality().equals(municipality)).mapToLong(Part::units)
                    .findFirst().orElse(0);
        }

        /** One Danish sentence: how many units the whole parts gave and who got the rest. */
        public String explanation(String unit) {
            List<String> up = parts.stream().filter(Part::roundedUp)
                    .map(p -> Messages.text("calc.remainder.quota", p.municipality().name(),
                            DanishNumbers.format(p.quota()))).toList();
            long rest = total - fromWholeParts;
            String wholeParts = Messages.text("calc.remainder.wholeParts",
                    DanishNumbers.format(BigDecimal.valueOf(fromWholeParts)),
                    DanishNumbers.format(BigDecimal.valueOf(total)), unit);
            return rest == 0 ? wholeParts + Messages.text("calc.remainder.noRest")
                    : wholeParts + Messages.text(rest == 1 ? "calc.remainder.one" : "calc.remainder.many",
                    String.valueOf(rest), String.join(", ", up)) + " " + RULE;
        }
    }

    /** Divides {@code total} whole units between the claims in proportion to their weights. */
    public static Result apportion(List<Claim> claims, long total) {
        if (total < 0) {
            throw new CalcException(Messages.text("calc.remainder.negativeTotal", String.valueOf(total)));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Claim c : claims) {
            if (c.weight().signum() < 0) {
                throw new CalcException(Messages.text("calc.remainder.negativeWeight", c.municipality().name(),
                        DanishNumbers.format(c.weight())));
            }
            sum = sum.add(c.weight());
        }
        if (sum.signum() == 0) {
            if (total == 0) {
                return new Result(claims.stream().map(c -> new Part(c.municipality(), c.weight(),
                        BigDecimal.ZERO.setScale(4), 0, false)).toList(), 0, 0);
            }
            throw new CalcException(Messages.text("calc.remainder.zeroWeights", String.valueOf(total)));
        }
        BigDecimal whole = BigDecimal.valueOf(total);
        List<Working> work = new ArrayList<>();
        long given = 0;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            BigDecimal numerator = whole.multiply(c.weight());
            BigDecimal floor = numerator.divideToIntegralValue(sum);
            work.add(new Working(i, c, numerator.subtract(floor.multiply(sum)), floor.longValueExact(),
                    numerator.divide(sum, 4, RoundingMode.HALF_UP)));
            given += floor.longValueExact();
        }
        List<Working> byRemainder = new ArrayList<>(work);
        byRemainder.sort(Comparator.comparing(Working::remainder).reversed()
                .thenComparing(w -> w.claim().weight(), Comparator.reverseOrder())
                .thenComparingInt(w -> w.claim().municipality().code()));
        boolean[] up = new boolean[claims.size()];
        for (int k = 0; k < total - given; k++) {
            up[byRemainder.get(k).index()] = true;
        }
        List<Part> parts = work.stream().map(w -> new Part(w.claim().municipality(), w.claim().weight(), w.quota(),
                w.floor() + (up[w.index()] ? 1 : 0), up[w.index()])).toList();
        return new Result(parts, total, given);
    }

    private record Working(int index, Claim claim, BigDecimal remainder, long floor, BigDecimal quota) {
    }
}

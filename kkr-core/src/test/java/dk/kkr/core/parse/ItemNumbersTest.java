package dk.kkr.core.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ItemNumbersTest {

    @ParameterizedTest
    @CsvSource({
            ",1,true", ",1.1,true", ",2,false",
            "3,3.1,true", "3,4,true", "3,3.2,false", "3,5,false",
            "3.1,3.2,true", "3.1,3.1.1,true", "3.1,4,true", "3.1,3.3,false", "3.1,2,false",
            "3.1.2,3.2,true", "3.1.2,4,true", "3.1.2,3.1.3,true", "3.7,7,false"})
    void nextSiblingFirstChildOrAncestorsNextSibling(String previous, String next, boolean follows) {
        assertEquals(follows, ItemNumbers.follows(previous, next));
    }

    @ParameterizedTest
    @CsvSource({"3.2,3.10,-1", "3.10,4,-1", "3,3.1,-1", "3.4,3.4,0", "3.6,1.1,1", "3.6,3.2,1"})
    void comparesPartByPart(String a, String b, int sign) {
        assertEquals(sign, Integer.signum(ItemNumbers.compare(a, b)));
    }
}

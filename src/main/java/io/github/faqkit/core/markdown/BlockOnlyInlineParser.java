package io.github.faqkit.core.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Leaves every paragraph and heading as one text node. flexmark's general inline parser copies the
 * rest of a paragraph on every regex match (quadratic on long FAQ paragraphs), and kramdown's inline
 * syntax differs from CommonMark's anyway: the few inline constructs the rules need are scanned by
 * kramdown-aware code instead.
 */
final class BlockOnlyInlineParser extends InlineParserImpl {

    static final InlineParserFactory FACTORY = BlockOnlyInlineParser::new;

    private BlockOnlyInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    @Override
    public void parse(BasedSequence content, Node block) {
        block.appendChild(new Text(content));
    }
}

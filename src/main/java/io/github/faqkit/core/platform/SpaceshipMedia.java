package io.github.faqkit.core.platform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.faqkit.core.Site;
import java.util.List;
import java.util.regex.Pattern;

/**
 * jekyll-spaceship's media-processor: after kramdown, every {@code <img>} whose {@code src} names a video site
 * (YouTube, Vimeo, Dailymotion), a Spotify track or episode, a SoundCloud track, or an audio or video file is
 * replaced by an {@code <iframe>}, {@code <audio>} or {@code <video>} player, so {@code ![](https://youtu.be/…)}
 * embeds the video and the page holds no image there. The patterns are the processor's own (jekyll-spaceship
 * 0.10.2, {@code media-processor.rb}), matched anywhere in the {@code src} as Ruby's {@code String#match} does;
 * {@code scripts/spaceship-golden} records what the real build makes of each kind of source. Seen on
 * SmartSpin2K/SS2K-Documentation (trial27), whose YouTube videos are written {@code ![](https://youtu.be/…)}.
 */
public final class SpaceshipMedia {
    /** The plugin's gem and {@code plugins:} name. */
    public static final String SPACESHIP = "jekyll-spaceship";

    private static final String PROCESSOR = "media-processor";

    private static final List<Pattern> MEDIA = List.of(
            // audio, then video: a host part that ends in '/', then a file name with the extension
            Pattern.compile("(https?://)?.*/(.+?\\.(mp3|wav|ogg|mid|midi|aac|wma))\\S*"),
            Pattern.compile("(https?://)?.*/(.+?\\.(avi|mp4|webm|ogg|ogv|flv|mkv|mov|wmv|3gp|rmvb|asf))\\S*"),
            Pattern.compile("(https?:)?//.*youtu.*(?<=\\?v=|embed/|\\.be/)([a-zA-Z0-9_\\-]+)\\S*"),
            Pattern.compile("(https?:)?//vimeo\\.com/([0-9]+)\\S*"),
            Pattern.compile("(https?:)?//(?>www\\.)?dai\\.?ly(?>motion\\.com/video)?/([a-zA-Z0-9_\\-]+)\\S*"),
            Pattern.compile("(https?:)?//open\\.spotify\\.com/track/(?<=track/)([a-zA-Z0-9_\\-]+)\\S*"),
            Pattern.compile("(https?:)?//open\\.spotify\\.com/episode/(?<=episode/)([a-zA-Z0-9_\\-]+)\\S*"),
            // the track id is read from the page over the network; without it the player is embedded all the same
            Pattern.compile("(https?:)?//soundcloud\\.com/.+/[^?]+()\\S*"));

    private SpaceshipMedia() {}

    /** True when the build replaces an image of source {@code src} by a player: it is no image on the built page. */
    public static boolean embeds(Site site, String src) {
        return src != null && runs(site) && isMedia(src);
    }

    /** True when the media-processor turns an {@code <img>} of this {@code src} into a player. */
    static boolean isMedia(String src) {
        for (Pattern p : MEDIA) {
            if (p.matcher(src).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the build runs jekyll-spaceship with its media-processor: on by default, off when
     * {@code jekyll-spaceship: processors:} lists the processors and leaves it out (the list replaces the default).
     */
    private static boolean runs(Site site) {
        if (!site.platform().runs(SPACESHIP)) {
            return false;
        }
        JsonNode processors = site.config().raw().path(SPACESHIP).path("processors");
        if (!processors.isArray()) {
            return true;
        }
        for (JsonNode p : processors) {
            if (PROCESSOR.equals(p.asText())) {
                return true;
            }
        }
        return false;
    }
}

package dk.jobmatch.index;

import java.io.IOException;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * High-compression LZ4, as Lucene's {@code FAST_DECOMPRESSION}, with the compressed length written
 * before each block, so a read copies the block from the memory-mapped file in one go and
 * decompresses it from an array. Lucene's own mode decompresses straight from the file a byte at a
 * time, and each byte read from a memory segment pays a bounds and liveness check: measured, that
 * was a third of reading the rows a match shows. A block is decompressed whole, once per reader.
 */
final class BufferedLz4 extends CompressionMode {
  @Override
  public Compressor newCompressor() {
    return new Compressor() {
      private final LZ4.HighCompressionHashTable table = new LZ4.HighCompressionHashTable();
      private final ByteBuffersDataOutput compressed = ByteBuffersDataOutput.newResettableInstance();
      private byte[] plain = BytesRef.EMPTY_BYTES;

      @Override
      public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
        int length = (int) in.length();
        plain = ArrayUtil.growNoCopy(plain, length);
        in.readBytes(plain, 0, length);
        compressed.reset();
        LZ4.compress(plain, 0, length, compressed, table);
        out.writeVInt(Math.toIntExact(compressed.size()));
        compressed.copyTo(out);
      }

      @Override
      public void close() {}
    };
  }

  @Override
  public Decompressor newDecompressor() {
    return new ArrayDecompressor();
  }

  /**
   * Decompresses a whole block once and answers the next reads of the same block from it: Lucene asks
   * for each document of a block separately, and the tasks of one company (read together for a
   * match) share a block. One per stored-fields reader, so never shared between threads.
   */
  private static final class ArrayDecompressor extends Decompressor {
    private byte[] compressed = BytesRef.EMPTY_BYTES;
    private final ByteArrayDataInput input = new ByteArrayDataInput();
    private byte[] block = BytesRef.EMPTY_BYTES;
    private DataInput blockInput;
    private long blockStart = -1;
    private long blockEnd;
    private int blockLength;

    @Override
    public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
      long start = in instanceof IndexInput file ? file.getFilePointer() : -1;
      if (start < 0 || in != blockInput || start != blockStart || originalLength != blockLength) {
        int compressedLength = in.readVInt();
        compressed = ArrayUtil.growNoCopy(compressed, compressedLength);
        in.readBytes(compressed, 0, compressedLength);
        // Seven spare bytes let LZ4 copy in words past the end, as Lucene's own decompressor allows.
        block = ArrayUtil.growNoCopy(block, originalLength + 7);
        input.reset(compressed, 0, compressedLength);
        int decompressed = LZ4.decompress(input, originalLength, block, 0);
        if (decompressed != originalLength) {
          throw new CorruptIndexException("lengths mismatch: " + decompressed + " != " + originalLength, in);
        }
        blockInput = in;
        blockStart = start;
        blockEnd = start < 0 ? -1 : ((IndexInput) in).getFilePointer();
        blockLength = originalLength;
      } else {
        // Leave the file where a full read would have, in case the reader reads on (sliced documents do).
        ((IndexInput) in).seek(blockEnd);
      }
      bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
      System.arraycopy(block, offset, bytes.bytes, 0, length);
      bytes.offset = 0;
      bytes.length = length;
    }

    @Override
    public Decompressor clone() {
      return new ArrayDecompressor();
    }
  }

  @Override
  public String toString() {
    return "BufferedLz4";
  }
}

package com.attentionlab.model;

/**
 * The model file is not what the reader expects: not an ONNX ModelProto, a tensor of a type other than float32,
 * a weight missing or of the wrong shape. The message names the tensor and says what was expected and found.
 */
public class ModelFormatException extends RuntimeException {

    public ModelFormatException(String message) {
        super(message);
    }

    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

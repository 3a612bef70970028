"""Decoding QR codes from images and camera frames (zxing-cpp), no widgets."""

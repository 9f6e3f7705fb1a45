// Out-of-range float to integer conversions as go1.19 on amd64 computes them.
package main

func main() {
	zero := 0.0
	fs := []float64{1e20, -1e20, zero / zero, 1 / zero, -1 / zero, -1.5, 3e9, -3e9, 70000.5, -129.9, 1.8e19, 4e9, 255.9, 256.5}
	for _, f := range fs {
		println(int64(f), int32(f), int16(f), int8(f), uint8(f), uint16(f), uint32(f), uint64(f), int(f), uint(f))
		f32 := float32(f)
		println(int64(f32), int32(f32), uint8(f32), uint32(f32), uint64(f32))
	}
}
